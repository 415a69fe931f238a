package dev.kaikei.opa;

import static dev.kaikei.opa.OpaServerFixture.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.opa.model.CreateQrCodeRequest;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.NoContent;
import dev.kaikei.opa.model.PaymentDetails;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How requests go over the wire: connection reuse, framing, and answers of every status class. */
class OpaTransportTest {

    @RegisterExtension
    final OpaServerFixture fx = new OpaServerFixture();

    @Test
    @DisplayName("polls, POSTs, DELETEs and error answers all share one kept-alive connection")
    void reusesOneConnection() throws Exception {
        String payment = "{\"paymentId\":\"pp-1\",\"status\":\"CREATED\"}";
        fx.enqueue(200, envelope("SUCCESS", "08100001", payment));
        fx.enqueue(201, envelope("SUCCESS", "08100001", "{\"codeId\":\"c-1\"}"));
        fx.enqueue(400, envelope("DYNAMIC_QR_NOT_FOUND", "01652073", "null"));
        fx.enqueue(200, envelope("SUCCESS", "08100001", payment));
        fx.enqueue(200, envelope("SUCCESS", "08100001", "null"));

        assertThat(fx.client.getQrPaymentDetails("M-1").isSuccess()).isTrue();
        assertThat(fx.client.createQrCode(CreateQrCodeRequest.builder("M-2", MoneyAmount.yen(100)).build())
                .isSuccess()).isTrue();
        assertThat(fx.client.deleteQrCode("c-9")).isInstanceOf(OpaResult.Rejected.class);
        assertThat(fx.client.getQrPaymentDetails("M-1").isSuccess()).isTrue();
        OpaResult<NoContent> deleted = fx.client.deleteQrCode("c-1");
        assertThat(deleted.isSuccess()).isTrue();

        for (int exchange = 0; exchange < 5; exchange++) {
            RecordedRequest r = fx.take();
            assertThat(r.getConnectionIndex()).as("connection of request %d", exchange).isZero();
            assertThat(r.getExchangeIndex()).isEqualTo(exchange);
            assertThat(fx.signatureProblem(r)).isNull();
        }
    }

    @Test
    @DisplayName("after the whole request arrived and the connection dropped, a poll is resent once (a GET is"
            + " idempotent); a POST never is")
    void onlyIdempotentCallsAreResent() throws Exception {
        String payment = "{\"paymentId\":\"pp-1\",\"status\":\"COMPLETED\"}";
        fx.server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        fx.enqueue(200, envelope("SUCCESS", "08100001", payment));
        assertThat(fx.client.getQrPaymentDetails("M-1").isSuccess()).isTrue();
        assertThat(fx.server.getRequestCount()).isEqualTo(2);

        fx.server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        fx.enqueue(201, envelope("SUCCESS", "08100001", "{\"codeId\":\"c-1\"}"));
        assertThat(fx.client.createQrCode(CreateQrCodeRequest.builder("M-2", MoneyAmount.yen(100)).build()))
                .isInstanceOf(OpaResult.Unknown.class);
        assertThat(fx.server.getRequestCount()).as("the POST was sent once").isEqualTo(3);
    }

    @Test
    @DisplayName("a POST carries exactly the signed bytes with their length and content type")
    void postFraming() throws Exception {
        fx.enqueue(201, envelope("SUCCESS", "08100001", "{\"codeId\":\"c-1\"}"));
        fx.client.createQrCode(CreateQrCodeRequest.builder("M-2", MoneyAmount.yen(100)).build());
        RecordedRequest r = fx.take();
        assertThat(r.getHeaders().get("Content-Type")).isEqualTo(RequestSigner.JSON_CONTENT_TYPE);
        assertThat(r.getHeaders().get("Content-Length")).isEqualTo(Long.toString(r.getBodySize()));
        assertThat(r.getHeaders().get("Transfer-Encoding")).isNull();
        assertThat(fx.signatureProblem(r)).isNull();
    }

    @Test
    @DisplayName("the operation's timeout is a whole-call deadline: an answer trickling in byte by byte is cut off")
    void wholeCallDeadline() throws Exception {
        try (OpaServerFixture slow = new OpaServerFixture(Timeouts.all(Duration.ofMillis(600)), RetryPolicy.NONE)) {
            String body = envelope("SUCCESS", "08100001", "{\"paymentId\":\"pp-1\",\"status\":\"CREATED\"}");
            // Every byte arrives well inside any per-read timeout; the whole answer would take seconds.
            slow.server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                    .body(body).throttleBody(8, 100, TimeUnit.MILLISECONDS).build());
            long start = System.nanoTime();
            OpaResult<PaymentDetails> r = slow.client.getQrPaymentDetails("M-1");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(r).isInstanceOfSatisfying(OpaResult.Unknown.class,
                    u -> assertThat(u.reason()).contains("timeout"));
            assertThat(took).as("cut off near the deadline, not after the whole trickle")
                    .isLessThan(Duration.ofMillis(body.length() / 8 * 100));
        }
    }

    @Test
    @DisplayName("a redirect is never followed: the request goes to PayPay's host once, the answer is unknown")
    void noRedirects() throws Exception {
        fx.server.enqueue(new MockResponse.Builder().code(307).setHeader("Location", "/v2/elsewhere").build());
        assertThat(fx.client.createQrCode(CreateQrCodeRequest.builder("M-3", MoneyAmount.yen(100)).build()))
                .isInstanceOf(OpaResult.Unknown.class);
        assertThat(fx.server.getRequestCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("each result carries the HTTP exchange's time from the client's call events")
    void elapsedFromCallEvents() throws Exception {
        fx.server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body(envelope("SUCCESS", "08100001", "{\"paymentId\":\"pp-1\",\"status\":\"CREATED\"}"))
                .headersDelay(250, TimeUnit.MILLISECONDS).build());
        fx.enqueue(200, envelope("SUCCESS", "08100001", "{\"paymentId\":\"pp-1\",\"status\":\"CREATED\"}"));
        OpaResult<PaymentDetails> slow = fx.client.getQrPaymentDetails("M-1");
        OpaResult<PaymentDetails> fast = fx.client.getQrPaymentDetails("M-1");
        assertThat(slow.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        assertThat(fast.elapsed()).isPositive().isLessThan(slow.elapsed());
    }

    @Test
    @DisplayName("what retryOnConnectionFailure(false) prevents: an OkHttp client left at its default resends a POST")
    void defaultOkHttpWouldResendAPost() throws Exception {
        fx.enqueue(201, envelope("SUCCESS", "08100001", "{\"codeId\":\"c-0\"}"));
        fx.server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        fx.enqueue(201, envelope("SUCCESS", "08100001", "{\"codeId\":\"c-1\"}"));
        okhttp3.OkHttpClient defaults = new okhttp3.OkHttpClient();
        okhttp3.Request post = new okhttp3.Request.Builder().url(fx.server.url("/v2/codes"))
                .post(okhttp3.RequestBody.create(new byte[] {'{', '}'}, null)).build();
        try {
            for (int i = 0; i < 2; i++) {
                // The second POST meets the dropped (pooled) connection and is silently sent again.
                try (okhttp3.Response r = defaults.newCall(post).execute()) {
                    assertThat(r.code()).isEqualTo(201);
                }
            }
        } finally {
            defaults.connectionPool().evictAll();
        }
        assertThat(fx.server.getRequestCount()).as("two POSTs asked for, three sent").isEqualTo(3);

        // Ours, the same situation: the POST is sent once and left unknown.
        fx.enqueue(201, envelope("SUCCESS", "08100001", "{\"codeId\":\"c-2\"}"));
        fx.server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        fx.enqueue(201, envelope("SUCCESS", "08100001", "{\"codeId\":\"c-3\"}"));
        assertThat(fx.client.createQrCode(CreateQrCodeRequest.builder("M-4", MoneyAmount.yen(100)).build())
                .isSuccess()).isTrue();
        assertThat(fx.client.createQrCode(CreateQrCodeRequest.builder("M-5", MoneyAmount.yen(100)).build()))
                .isInstanceOf(OpaResult.Unknown.class);
        assertThat(fx.server.getRequestCount()).isEqualTo(5);
    }

    @Test
    @DisplayName("a plain-HTTP base URL (the training simulator) builds no TLS context; an https one speaks TLS")
    void tlsOnlyForHttps() {
        Credentials creds = Credentials.of("key-1", "secret-one-two-three", "merchant-1");
        OpaTransport plain = new OpaTransport(OpaClientConfig.builder(creds).baseUrl("http://127.0.0.1:8080").build(),
                d -> { });
        OpaTransport tls = new OpaTransport(OpaClientConfig.builder(creds)
                .baseUrl("https://stg-api.sandbox.paypay.ne.jp").build(), d -> { });
        assertThat(plain.speaksTls()).isFalse();
        assertThat(tls.speaksTls()).isTrue();
    }
}
