package dev.kaikei.hq.server;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.kaikei.hq.HqDatabase;
import dev.kaikei.hq.api.ApiRoutes;
import dev.kaikei.hq.figures.Figures;
import dev.kaikei.hq.figures.Payments;
import dev.kaikei.hq.http.Router;
import dev.kaikei.hq.ingest.SyncIngest;
import dev.kaikei.hq.people.Authenticator;
import dev.kaikei.hq.people.Sessions;
import dev.kaikei.hq.people.Users;
import dev.kaikei.hq.terminals.Terminals;
import dev.kaikei.hq.web.WebRoutes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code kaikei hq serve}: the back office's HTTP(S) server over PostgreSQL, and HQ's composition root. It keeps no
 * state of its own, so any number of instances can run behind a load balancer.
 */
public final class HqServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HqServer.class);

    private final HttpServer server;
    private final ExecutorService executor;
    private final boolean tls;

    private HqServer(HttpServer server, ExecutorService executor, boolean tls) {
        this.server = server;
        this.executor = executor;
        this.tls = tls;
    }

    public static HqServer start(HqDatabase database, ServerOptions options, Clock clock) throws IOException {
        // Nagle + delayed ACK costs the JDK server ~40 ms per keep-alive response (toolchain.md); must precede create.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        var db = database.dataSource();
        Terminals terminals = new Terminals(db);
        Users users = new Users(db, clock);
        Sessions sessions = new Sessions(db, clock);
        Authenticator auth = new Authenticator(users, sessions);
        Figures figures = new Figures(db);
        Router router = new Router(options.secureCookies());
        new ApiRoutes(terminals, new SyncIngest(db, clock), figures, auth).register(router);
        new WebRoutes(auth, users, sessions, figures, new Payments(db), options.silentAfter(), clock)
                .register(router);

        HttpServer server;
        if (options.tls().isPresent()) {
            HttpsServer https = HttpsServer.create(options.address(), 0);
            https.setHttpsConfigurator(new HttpsConfigurator(options.tls().get().sslContext()));
            server = https;
        } else {
            server = HttpServer.create(options.address(), 0);
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "kaikei-hq-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", router);
        server.start();
        HqServer started = new HqServer(server, executor, options.tls().isPresent());
        LOG.info("Kaikei HQ listening on {}", started.uri());
        return started;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL (loopback host when bound to every interface). */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getHostString();
        return URI.create((tls ? "https" : "http") + "://" + host + ":" + address.getPort());
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
