package dev.kaikei.opa;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import okhttp3.Dns;

/**
 * Host name lookups with a time limit. The JDK's resolver cannot be interrupted and, with a dead DNS server, blocks for
 * the resolver's own retries (tens of seconds) — past any call deadline, since OkHttp can only cancel a call between
 * steps. Each lookup runs on a small daemon thread instead; the caller waits at most {@code limit} and gets an
 * {@link UnknownHostException} (an unknown outcome, and nothing was sent).
 */
final class BoundedDns implements Dns {

    /** An IPv4 or IPv6 literal. */
    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|.*:.*");

    private final Duration limit;
    private final Dns resolver;
    private final ExecutorService lookups = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "kaikei-dns");
        t.setDaemon(true);
        return t;
    });

    BoundedDns(Duration limit) {
        this(limit, Dns.SYSTEM);
    }

    BoundedDns(Duration limit, Dns resolver) {
        this.limit = limit;
        this.resolver = resolver;
    }

    @Override
    public List<InetAddress> lookup(String host) throws UnknownHostException {
        if (host.equals("localhost") || LITERAL.matcher(host).matches()) {
            return resolver.lookup(host); // loopback and literal addresses never ask a DNS server
        }
        Future<List<InetAddress>> answer = lookups.submit(() -> resolver.lookup(host));
        try {
            return answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new UnknownHostException(host + ": no DNS answer within " + limit.toMillis() + " ms");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownHostException u) {
                throw u;
            }
            UnknownHostException u = new UnknownHostException(host + ": " + e.getCause());
            u.initCause(e.getCause());
            throw u;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnknownHostException(host + ": lookup interrupted");
        }
    }

    void close() {
        lookups.shutdownNow();
    }
}
