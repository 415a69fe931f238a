package dev.kaikei.hq;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP proxy in front of HQ that misbehaves on purpose, like a shop's internet: down for a while (connection
 * refused), 500s, an HTML error page, connections dropped before or after HQ stored the batch, truncated answers.
 * Seeded, so a failing run repeats.
 */
public final class FlakyProxy implements AutoCloseable {

    public enum Fault { PASS, HTTP_500, HTML_502, DROP_BEFORE, DROP_AFTER_COMMIT, TRUNCATED }

    private final URI target;
    private final Random random;
    private final double faultRate;
    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger faults = new AtomicInteger();
    private HttpServer server;
    private volatile CountDownLatch holdAfterCommit;
    private final CountDownLatch held = new CountDownLatch(1);

    public FlakyProxy(URI target, long seed, double faultRate) throws IOException {
        this.target = target;
        this.random = new Random(seed);
        this.faultRate = faultRate;
        this.server = bind(0);
        this.port = server.getAddress().getPort();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int requests() {
        return requests.get();
    }

    public int faults() {
        return faults.get();
    }

    /**
     * The next batch that gets through is stored by HQ, and then its answer is held back until {@code release}
     * counts down: the till's process can be killed right then, with HQ holding a batch the till never heard of.
     */
    public void holdNextAfterCommit(CountDownLatch release) {
        holdAfterCommit = release;
    }

    /** Waits until a batch is held after HQ committed it. */
    public boolean awaitHeld(long seconds) throws InterruptedException {
        return held.await(seconds, TimeUnit.SECONDS);
    }

    /** HQ unreachable: connections are refused until {@link #up()}. */
    public synchronized void down() {
        server.stop(0);
    }

    public synchronized void up() throws IOException {
        server = bind(port);
    }

    private HttpServer bind(int p) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), p), 0);
        s.createContext("/", this::handle);
        s.start();
        return s;
    }

    private Fault next() {
        synchronized (random) {
            if (random.nextDouble() >= faultRate) {
                return Fault.PASS;
            }
            Fault[] kinds = Fault.values();
            return kinds[1 + random.nextInt(kinds.length - 1)];
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        Fault fault = next();
        if (fault != Fault.PASS) {
            faults.incrementAndGet();
        }
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            switch (fault) {
                case HTTP_500 -> answer(exchange, 500, "{\"error\":\"boom\"}".getBytes(StandardCharsets.UTF_8));
                case HTML_502 -> answer(exchange, 502,
                        "<html><body><h1>502 Bad Gateway</h1></body></html>".getBytes(StandardCharsets.UTF_8));
                case DROP_BEFORE -> {
                    // Close without a word: the till sees the connection end, HQ never saw the batch.
                }
                default -> {
                    HttpResponse<byte[]> response = forward(exchange, body);
                    CountDownLatch release = holdAfterCommit;
                    boolean carriesChanges = new String(body, StandardCharsets.UTF_8).contains("\"seq\"");
                    if (release != null && response.statusCode() == 200 && carriesChanges) {
                        holdAfterCommit = null;
                        held.countDown();
                        try {
                            release.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return;
                    }
                    if (fault == Fault.DROP_AFTER_COMMIT) {
                        return;
                    }
                    byte[] answer = response.body();
                    if (fault == Fault.TRUNCATED) {
                        exchange.sendResponseHeaders(response.statusCode(), answer.length);
                        exchange.getResponseBody().write(answer, 0, answer.length / 2);
                        return;
                    }
                    answer(exchange, response.statusCode(), answer);
                }
            }
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().getPath()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : new String[] {"Authorization", "Content-Type"}) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public synchronized void close() {
        server.stop(0);
    }
}
