package dev.kaikei.opa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MockWebServer on loopback plus a client pointed at it with test credentials and short timeouts. Use with
 * try-with-resources or as a {@code @RegisterExtension} field (closed after each test).
 */
final class OpaServerFixture implements AutoCloseable, AfterEachCallback {

    static final String API_KEY = "a_TestKey_0001";
    static final String SECRET = "dGVzdFNlY3JldEZvckthaWtlaVRlc3Rz";
    static final String MERCHANT = "merchant-777";
    static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");

    final MockWebServer server = new MockWebServer();
    final PayPayClient client;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    OpaServerFixture() {
        this(Timeouts.all(Duration.ofSeconds(5)), new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(80)));
    }

    OpaServerFixture(Timeouts timeouts, RetryPolicy retry) {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OpaClientConfig config = OpaClientConfig.builder(Credentials.of(API_KEY, SECRET, MERCHANT))
                .baseUrl("http://127.0.0.1:" + server.getPort())
                .timeouts(timeouts)
                .retryPolicy(retry)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
        client = new PayPayClient(config, sleeps::add);
    }

    void enqueue(int status, String body) {
        server.enqueue(json(status, body));
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .setHeader("X-REQUEST-ID", "req-" + status).body(body).build();
    }

    static String envelope(String code, String codeId, String data) {
        return "{\"resultInfo\":{\"code\":\"" + code + "\",\"message\":\"msg\",\"codeId\":\"" + codeId + "\"},"
                + "\"data\":" + data + "}";
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("no request reached the server");
        }
        return r;
    }

    String signatureProblem(RecordedRequest r) {
        return IndependentSignatureCheck.problem(r, API_KEY, SECRET);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
