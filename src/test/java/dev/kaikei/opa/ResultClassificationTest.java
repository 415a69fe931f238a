package dev.kaikei.opa;

import static dev.kaikei.opa.OpaServerFixture.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.opa.model.CaptureRequest;
import dev.kaikei.opa.model.CreateQrCodeRequest;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.QrCode;
import dev.kaikei.opa.model.RefundRequest;
import dev.kaikei.opa.model.RevertRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every PayPay code of the seed guide's tables, and every way an answer can be lost, mapped to the three outcomes. */
class ResultClassificationTest {

    @RegisterExtension
    final OpaServerFixture fx = new OpaServerFixture(Timeouts.all(Duration.ofMillis(500)),
            new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(5)));

    /** Calls the operation whose table the code comes from. */
    private static Function<PayPayClient, OpaResult<?>> operation(String name) {
        return switch (name) {
            case "createQr" -> c -> c.createQrCode(CreateQrCodeRequest.builder("M-1", MoneyAmount.yen(100)).build());
            case "getQr" -> c -> c.getQrPaymentDetails("M-1");
            case "deleteQr" -> c -> c.deleteQrCode("code-1");
            case "cancel" -> c -> c.cancelPayment("M-1");
            case "refund" -> c -> c.refund(RefundRequest.of("R-1", "pp-1", MoneyAmount.yen(100), null));
            case "getRefund" -> c -> c.getRefundDetails("R-1", "pp-1");
            case "capture" -> c -> c.capture(CaptureRequest.of("M-1", "C-1", MoneyAmount.yen(100), "ship"));
            case "revert" -> c -> c.revertAuthorization(RevertRequest.of("V-1", "pp-1", null));
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0}: {1} {3} ({2}) -> {4}")
    @DisplayName("the seed guide's code tables")
    @CsvSource({
            // common
            "getQr,     200, 08100001, SUCCESS,                              SUCCESS",
            "cancel,    202, 08100001, REQUEST_ACCEPTED,                     SUCCESS",
            "createQr,  400, 08100006, INVALID_REQUEST_PARAMS,               REJECTED",
            "createQr,  401, 08100023, OP_OUT_OF_SCOPE,                      REJECTED",
            "createQr,  400, 08100024, MISSING_REQUEST_PARAMS,               REJECTED",
            "createQr,  401, 08100016, UNAUTHORIZED,                         REJECTED",
            "createQr,  404, 08100007, OPA_CLIENT_NOT_FOUND,                 REJECTED",
            "createQr,  500, 08100026, SERVICE_ERROR,                        UNKNOWN",
            "createQr,  500, 08101000, INTERNAL_SERVER_ERROR,                UNKNOWN",
            "createQr,  503, 08100999, MAINTENANCE_MODE,                     UNKNOWN",
            // create a QR code
            "createQr,  400, 01652073, DUPLICATE_DYNAMIC_QR_REQUEST,         REJECTED",
            "createQr,  400, 00400060, PRE_AUTH_CAPTURE_UNSUPPORTED_MERCHANT, REJECTED",
            "createQr,  400, 00400061, PRE_AUTH_CAPTURE_INVALID_EXPIRY_DATE, REJECTED",
            "createQr,  400, 01650000, DYNAMIC_QR_BAD_REQUEST,               REJECTED",
            // get payment details
            "getQr,     400, 01652075, DYNAMIC_QR_PAYMENT_NOT_FOUND,         REJECTED",
            "getQr,     400, 01650000, DYNAMIC_QR_BAD_REQUEST,               REJECTED",
            // delete a QR code
            "deleteQr,  400, 01652074, DYNAMIC_QR_ALREADY_PAID,              REJECTED",
            "deleteQr,  400, 01650000, DYNAMIC_QR_BAD_REQUEST,               REJECTED",
            "deleteQr,  404, 01652072, DYNAMIC_QR_NOT_FOUND,                 REJECTED",
            // cancel a payment
            "cancel,    400, 00200044, ORDER_NOT_REVERSIBLE,                 REJECTED",
            "cancel,    500, 00200034, INTERNAL_SERVER_ERROR,                UNKNOWN",
            // refund a payment
            "refund,    400, 00200004, INVALID_PARAMS,                       REJECTED",
            "refund,    400, 00200013, UNACCEPTABLE_OP,                      REJECTED",
            "refund,    400, 00200014, UNACCEPTABLE_OP,                      REJECTED",
            "refund,    400, 00200015, INVALID_PARAMS,                       REJECTED",
            "refund,    400, 01103027, CANCELED_USER,                        REJECTED",
            "refund,    404, 00200001, RESOURCE_NOT_FOUND,                   REJECTED",
            "refund,    500, 00200002, TRANSACTION_FAILED,                   REJECTED",
            "refund,    500, 00200003, TRANSACTION_FAILED,                   REJECTED",
            "refund,    500, 00800017, TRANSACTION_FAILED,                   REJECTED",
            "refund,    500, 00200034, INTERNAL_SERVER_ERROR,                UNKNOWN",
            // fetch refund status and details
            "getRefund, 404, 00200018, NO_SUCH_REFUND_ORDER,                 REJECTED",
            "getRefund, 500, 00200034, INTERNAL_SERVER_ERROR,                UNKNOWN",
            // capture a payment authorization
            "capture,   202, 08300103, USER_CONFIRMATION_REQUIRED,           SUCCESS",
            "capture,   400, 00400035, UNACCEPTABLE_OP,                      REJECTED",
            "capture,   400, 00200039, ALREADY_CAPTURED,                     REJECTED",
            "capture,   400, 01103027, CANCELED_USER,                        REJECTED",
            "capture,   400, 00400062, HIGHER_CAPTURE_NOT_PERMITTED,         REJECTED",
            "capture,   400, 00200043, ORDER_EXPIRED,                        REJECTED",
            "capture,   400, 00200035, ORDER_NOT_CAPTURABLE,                 REJECTED",
            "capture,   400, 00200038, REAUTHORIZATION_IN_PROGRESS,          REJECTED",
            "capture,   400, 00400064, TOO_CLOSE_TO_EXPIRY,                  REJECTED",
            // revert a payment authorization
            "revert,    400, 00200042, ORDER_NOT_CANCELABLE,                 REJECTED",
    })
    void codeTable(String op, int status, String codeId, String code, String expected) throws Exception {
        String data = status < 300 && !"cancel".equals(op) && status != 202
                ? "{\"paymentId\":\"pp-1\",\"status\":\"CREATED\"}" : "null";
        fx.enqueue(status, envelope(code, codeId, data));
        OpaResult<?> result = operation(op).apply(fx.client);

        assertThat(fx.server.getRequestCount()).as("never retried").isEqualTo(1);
        assertThat(result.httpStatus()).isEqualTo(status);
        assertThat(result.code()).isEqualTo(code);
        assertThat(result.requestId()).isEqualTo("req-" + status);
        switch (expected) {
            case "SUCCESS" -> assertThat(result).isInstanceOf(OpaResult.Success.class);
            case "REJECTED" -> assertThat(result).isInstanceOfSatisfying(OpaResult.Rejected.class, r -> {
                assertThat(r.codeId()).isEqualTo(codeId);
                assertThat(r.message()).isEqualTo("msg");
            });
            case "UNKNOWN" -> assertThat(result).isInstanceOf(OpaResult.Unknown.class);
            default -> throw new IllegalArgumentException(expected);
        }
    }

    private OpaResult<QrCode> createQr() {
        return fx.client.createQrCode(CreateQrCodeRequest.builder("M-1", MoneyAmount.yen(100)).build());
    }

    private OpaResult.Unknown<QrCode> unknown(MockResponse response) {
        fx.server.enqueue(response);
        OpaResult<QrCode> result = createQr();
        assertThat(result).isInstanceOf(OpaResult.Unknown.class);
        assertThat(fx.server.getRequestCount()).as("never retried").isEqualTo(1);
        return (OpaResult.Unknown<QrCode>) result;
    }

    @Nested
    @DisplayName("answers that leave the outcome unknown")
    class Unknowns {
        @Test
        @DisplayName("read timeout: the server answers too late")
        void readTimeout() {
            OpaResult.Unknown<QrCode> u = unknown(OpaServerFixture.json(201, envelope("SUCCESS", "08100001", "{}"))
                    .newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
            assertThat(u.httpStatus()).isZero();
            assertThat(u.reason()).contains("timeout");
        }

        @Test
        @DisplayName("connection closed after the whole request arrived, before any answer: sent once, never resent")
        void disconnectAtStart() {
            OpaResult.Unknown<QrCode> u = unknown(new MockResponse.Builder()
                    .onResponseStart(new SocketEffect.CloseSocket()).build());
            assertThat(u.httpStatus()).isZero();
            assertThat(u.requestId()).isNull();
        }

        @Test
        @DisplayName("connection closed during the response body keeps status and request id")
        void disconnectDuringBody() {
            OpaResult.Unknown<QrCode> u = unknown(OpaServerFixture.json(201,
                            envelope("SUCCESS", "08100001", "{\"codeId\":\"" + "x".repeat(5000) + "\"}"))
                    .newBuilder().onResponseBody(new SocketEffect.CloseSocket()).build());
            assertThat(u.httpStatus()).isEqualTo(201);
            assertThat(u.requestId()).isEqualTo("req-201");
        }

        @Test
        @DisplayName("nothing listens on the port")
        void connectionRefused() {
            fx.server.close();
            OpaResult<QrCode> result = createQr();
            assertThat(result).isInstanceOfSatisfying(OpaResult.Unknown.class,
                    u -> assertThat(u.httpStatus()).isZero());
        }

        @Test
        @DisplayName("502 HTML page from a proxy")
        void badGatewayHtml() {
            OpaResult.Unknown<QrCode> u = unknown(new MockResponse.Builder().code(502)
                    .setHeader("Content-Type", "text/html")
                    .body("<html><body><h1>502 Bad Gateway</h1></body></html>").build());
            assertThat(u.httpStatus()).isEqualTo(502);
            assertThat(u.code()).isNull();
        }

        @Test
        @DisplayName("503 and 504 without a body")
        void unavailableAndGatewayTimeout() {
            assertThat(unknown(new MockResponse.Builder().code(503).build()).httpStatus()).isEqualTo(503);
            fx.server.enqueue(new MockResponse.Builder().code(504).body("upstream timed out").build());
            assertThat(createQr()).isInstanceOfSatisfying(OpaResult.Unknown.class,
                    u -> assertThat(u.httpStatus()).isEqualTo(504));
        }

        @Test
        @DisplayName("truncated JSON in a 201")
        void truncatedJson() {
            OpaResult.Unknown<QrCode> u = unknown(OpaServerFixture.json(201,
                    "{\"resultInfo\":{\"code\":\"SUCCESS\",\"codeId\":\"081"));
            assertThat(u.httpStatus()).isEqualTo(201);
            assertThat(u.requestId()).isEqualTo("req-201");
        }

        @Test
        @DisplayName("empty 200 body")
        void emptyBody() {
            assertThat(unknown(OpaServerFixture.json(200, "")).httpStatus()).isEqualTo(200);
        }

        @Test
        @DisplayName("200 whose data has the wrong shape")
        void wrongDataShape() {
            assertThat(unknown(OpaServerFixture.json(201, envelope("SUCCESS", "08100001", "[1,2]"))).reason())
                    .contains("unreadable data");
        }

        @Test
        @DisplayName("201 with SUCCESS but no data")
        void successWithoutData() {
            assertThat(unknown(OpaServerFixture.json(201, envelope("SUCCESS", "08100001", "null"))).code())
                    .isEqualTo("SUCCESS");
        }

        @Test
        @DisplayName("a 4xx that is not from PayPay (no result code)")
        void foreign4xx() {
            assertThat(unknown(new MockResponse.Builder().code(403).body("<h1>Forbidden</h1>").build()).httpStatus())
                    .isEqualTo(403);
        }

        @Test
        @DisplayName("a redirect is not followed")
        void redirect() {
            assertThat(unknown(new MockResponse.Builder().code(302).setHeader("Location", "/elsewhere").build())
                    .httpStatus()).isEqualTo(302);
        }
    }

    @Nested
    @DisplayName("429 RATE_LIMIT")
    class RateLimit {
        private MockResponse tooMany(String retryAfter) {
            MockResponse.Builder b = OpaServerFixture.json(429, envelope("RATE_LIMIT", "08100998", "null"))
                    .newBuilder();
            return retryAfter == null ? b.build() : b.setHeader("Retry-After", retryAfter).build();
        }

        @Test
        @DisplayName("is retried with exponential backoff, each attempt freshly signed, until success")
        void retriedThenSuccess() throws Exception {
            fx.server.enqueue(tooMany(null));
            fx.server.enqueue(tooMany(null));
            fx.enqueue(201, envelope("SUCCESS", "08100001", "{\"codeId\":\"c\"}"));
            OpaResult<QrCode> result = createQr();
            assertThat(result.isSuccess()).isTrue();
            assertThat(fx.sleeps).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
            for (int i = 0; i < 3; i++) {
                assertThat(fx.signatureProblem(fx.take())).isNull();
            }
        }

        @Test
        @DisplayName("honours Retry-After, then surfaces RATE_LIMIT as a rejection after the last attempt")
        void surfacedAfterMaxAttempts() {
            for (int i = 0; i < 3; i++) {
                fx.server.enqueue(tooMany("2"));
            }
            OpaResult<QrCode> result = createQr();
            assertThat(fx.server.getRequestCount()).isEqualTo(3);
            assertThat(fx.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
            assertThat(result).isInstanceOfSatisfying(OpaResult.Rejected.class, r -> {
                assertThat(r.isRateLimited()).isTrue();
                assertThat(r.httpStatus()).isEqualTo(429);
                assertThat(r.codeId()).isEqualTo("08100998");
                assertThat(r.requestId()).isEqualTo("req-429");
            });
        }

        @Test
        @DisplayName("a Retry-After above the cap waits only the cap; a 429 without a PayPay body is still RATE_LIMIT")
        void capped() {
            fx.server.enqueue(tooMany("600"));
            fx.server.enqueue(new MockResponse.Builder().code(429).body("slow down").build());
            fx.server.enqueue(new MockResponse.Builder().code(429).build());
            OpaResult<QrCode> result = createQr();
            assertThat(fx.sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofMillis(20));
            assertThat(result.code()).isEqualTo(OpaResult.RATE_LIMIT);
        }
    }

    @Test
    @DisplayName("read timeouts follow the operation: a slow answer times out a poll but not a money-moving POST")
    void perOperationTimeouts() throws IOException {
        try (OpaServerFixture slow = new OpaServerFixture(
                new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(300), Duration.ofMillis(300)),
                RetryPolicy.NONE)) {
            MockResponse late = OpaServerFixture.json(201, envelope("SUCCESS", "08100001", "{\"codeId\":\"c\"}"))
                    .newBuilder().headersDelay(800, TimeUnit.MILLISECONDS).build();
            slow.server.enqueue(late);
            slow.server.enqueue(late);
            assertThat(slow.client.getQrPaymentDetails("M-1")).isInstanceOf(OpaResult.Unknown.class);
            assertThat(slow.client.createQrCode(CreateQrCodeRequest.builder("M-2", MoneyAmount.yen(1)).build())
                    .isSuccess()).isTrue();
        }
    }
}
