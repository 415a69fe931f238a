package dev.kaikei.opa;

import static dev.kaikei.opa.OpaServerFixture.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.opa.model.CreateQrCodeRequest;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.testing.LogCapture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each call is logged (operation, path, status, code, request id, latency) but never the secret or the MAC. */
class SecretNeverLoggedTest {

    @Test
    @DisplayName("successes, rejections, retries, timeouts and resets log the call but not the secret or MAC")
    void noSecretInLogs() throws Exception {
        try (LogCapture logs = new LogCapture();
             OpaServerFixture fx = new OpaServerFixture(Timeouts.all(Duration.ofMillis(400)),
                     new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(2)))) {
            fx.enqueue(201, envelope("SUCCESS", "08100001", "{\"codeId\":\"c\"}"));
            fx.enqueue(400, envelope("DUPLICATE_DYNAMIC_QR_REQUEST", "01652073", "null"));
            fx.enqueue(429, envelope("RATE_LIMIT", "08100998", "null"));
            fx.enqueue(429, envelope("RATE_LIMIT", "08100998", "null"));
            fx.server.enqueue(new MockResponse.Builder().code(502).body("<html>bad gateway</html>").build());
            fx.server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
            fx.server.enqueue(OpaServerFixture.json(200, "{}").newBuilder()
                    .headersDelay(1, TimeUnit.SECONDS).build());
            for (int i = 0; i < 5; i++) {
                fx.client.createQrCode(CreateQrCodeRequest.builder("M-" + i, MoneyAmount.yen(10)).build());
            }
            fx.client.getQrPaymentDetails("M-9");

            String all = logs.all();
            assertThat(all).contains("CREATE_QR_CODE").contains("/v2/codes").contains("status=201")
                    .contains("requestId=req-201").contains("DUPLICATE_DYNAMIC_QR_REQUEST").contains("UNKNOWN")
                    .contains("GET_QR_PAYMENT_DETAILS").containsPattern("\\d+ ms");
            assertThat(all).doesNotContain(OpaServerFixture.SECRET).doesNotContain("OPA-Auth");
            for (int i = 0; i < fx.server.getRequestCount(); i++) {
                RecordedRequest r = fx.take();
                String mac = r.getHeaders().get("Authorization").split(":")[2];
                assertThat(all).doesNotContain(mac);
            }
        }
    }
}
