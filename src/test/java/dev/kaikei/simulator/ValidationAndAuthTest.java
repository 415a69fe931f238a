package dev.kaikei.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Bad requests get PayPay's 400/401/404 envelopes, never a 500")
class ValidationAndAuthTest extends SimulatorFixture {

    private static final String OK_AMOUNT = "{\"amount\":100,\"currency\":\"JPY\"}";

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("/v2/codes", "{\"amount\":" + OK_AMOUNT + ",\"codeType\":\"ORDER_QR\"}",
                        "MISSING_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", "{\"merchantPaymentId\":\"a\",\"codeType\":\"ORDER_QR\"}",
                        "MISSING_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", "{\"merchantPaymentId\":\"a\",\"amount\":" + OK_AMOUNT + "}",
                        "MISSING_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", "", "MISSING_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", "{\"merchantPaymentId\":\"a\",\"amount\":{\"amount\":100},"
                        + "\"codeType\":\"ORDER_QR\"}", "MISSING_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", "{not json", "INVALID_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", "[1,2]", "INVALID_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", code("\"a b\"", OK_AMOUNT), "INVALID_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", code("\"" + "x".repeat(65) + "\"", OK_AMOUNT), "INVALID_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", code("\"é\"", OK_AMOUNT), "INVALID_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", code("123", OK_AMOUNT), "INVALID_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", code("\"a\"", "{\"amount\":\"100\",\"currency\":\"JPY\"}"),
                        "INVALID_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", code("\"a\"", "{\"amount\":100.5,\"currency\":\"JPY\"}"),
                        "INVALID_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", code("\"a\"", "{\"amount\":0,\"currency\":\"JPY\"}"),
                        "INVALID_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", code("\"a\"", "{\"amount\":-5,\"currency\":\"JPY\"}"),
                        "INVALID_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", code("\"a\"", "{\"amount\":100000000000,\"currency\":\"JPY\"}"),
                        "INVALID_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", code("\"a\"", "{\"amount\":1e400,\"currency\":\"JPY\"}"),
                        "INVALID_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", code("\"a\"", "{\"amount\":100,\"currency\":\"USD\"}"),
                        "INVALID_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", code("\"a\"", "100"), "INVALID_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", "{\"merchantPaymentId\":\"a\",\"amount\":" + OK_AMOUNT
                        + ",\"codeType\":\"ORDER_QR\",\"orderDescription\":\"" + "d".repeat(256) + "\"}",
                        "INVALID_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", "{\"merchantPaymentId\":\"a\",\"amount\":" + OK_AMOUNT
                        + ",\"codeType\":\"ORDER_QR\",\"isAuthorization\":\"yes\"}", "INVALID_REQUEST_PARAMS"),
                Arguments.of("/v2/codes", "{\"merchantPaymentId\":\"a\",\"amount\":" + OK_AMOUNT
                        + ",\"codeType\":\"STATIC\"}", "INVALID_REQUEST_PARAMS"),
                Arguments.of("/v2/refunds", "{\"merchantRefundId\":\"r\",\"paymentId\":\"p\",\"amount\":"
                        + OK_AMOUNT + "}", "MISSING_REQUEST_PARAMS"),
                Arguments.of("/v2/refunds", "{\"merchantRefundId\":\"r\",\"paymentId\":\"p\",\"amount\":"
                        + OK_AMOUNT + ",\"requestedAt\":\"now\"}", "INVALID_REQUEST_PARAMS"),
                Arguments.of("/v2/payments", "{\"merchantPaymentId\":\"r\",\"amount\":" + OK_AMOUNT
                        + ",\"requestedAt\":1}", "MISSING_REQUEST_PARAMS"),
                Arguments.of("/v2/payments/capture", "{\"merchantPaymentId\":\"r\",\"merchantCaptureId\":\"c\","
                        + "\"amount\":" + OK_AMOUNT + ",\"requestedAt\":1}", "MISSING_REQUEST_PARAMS"),
                Arguments.of("/v2/payments/preauthorize/revert", "{\"merchantRevertId\":\"r\",\"requestedAt\":1}",
                        "MISSING_REQUEST_PARAMS"),
                Arguments.of("/v1/qr/sessions", "{\"scopes\":[],\"nonce\":\"n\",\"redirectUrl\":\"u\","
                        + "\"referenceId\":\"r\"}", "MISSING_REQUEST_PARAMS"),
                Arguments.of("/v1/qr/sessions", "{\"scopes\":\"direct_debit\",\"nonce\":\"n\",\"redirectUrl\":\"u\","
                        + "\"referenceId\":\"r\"}", "INVALID_REQUEST_PARAMS"));
    }

    private static String code(String merchantPaymentId, String amount) {
        return "{\"merchantPaymentId\":" + merchantPaymentId + ",\"amount\":" + amount + ",\"codeType\":\"ORDER_QR\"}";
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("badBodies")
    void badBodiesAre400(String path, String body, String code) {
        SignedClient.Response r = client.post(path, body);
        assertError(r, 400, code, code.equals("MISSING_REQUEST_PARAMS") ? "08100024" : "08100006");
        assertThat(r.raw()).doesNotContain("Exception").doesNotContain("at dev.");
    }

    @Test
    void badPathAndQueryValues() {
        assertError(client.get("/v2/codes/payments/bad%20id"), 400, "INVALID_REQUEST_PARAMS", "08100006");
        assertError(client.get("/v2/codes/payments/" + "x".repeat(65)), 400, "INVALID_REQUEST_PARAMS", "08100006");
        assertError(client.get("/v2/user/authorizations"), 400, "MISSING_REQUEST_PARAMS", "08100024");
        assertError(client.get("/v2/wallet/check_balance?userAuthorizationId=u&amount=x&currency=JPY"), 400,
                "INVALID_REQUEST_PARAMS", "08100006");
        assertError(client.post("/v2/payments?agreeSimilarTransaction=maybe", "{}"), 400,
                "MISSING_REQUEST_PARAMS", "08100024");
    }

    @Test
    void unknownPathsAre404Envelopes() {
        SignedClient.Response r = client.get("/v2/nothing/here");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.code()).isEqualTo("NOT_FOUND");
        assertThat(r.headers().firstValue("X-REQUEST-ID")).isPresent();
        assertThat(client.send("PUT", "/v2/codes", "{}", SignedClient.JSON).status()).isEqualTo(405);
    }

    @Test
    @DisplayName("401 UNAUTHORIZED for every broken signature part, over HTTP")
    void unauthorized() {
        String body = "{\"merchantPaymentId\":\"x\",\"amount\":" + OK_AMOUNT + ",\"codeType\":\"ORDER_QR\"}";
        long now = sim.clock().epochSecond();
        String good = client.authorization("POST", "/v2/codes", body, SignedClient.JSON, "abcd1234", now);
        assertThat(post(good, SignedClient.JSON, body, sim.merchantId()).status()).isEqualTo(201);

        String body2 = body.replace("\"x\"", "\"y\"");
        String sig2 = client.authorization("POST", "/v2/codes", body2, SignedClient.JSON, "abcd1234", now);
        assertUnauthorized(post(sig2, SignedClient.JSON, body2.replace("100", "101"), sim.merchantId()));
        assertUnauthorized(post(sig2, "application/json", body2, sim.merchantId()));
        assertUnauthorized(post(sig2, SignedClient.JSON, body2, "SOMEONE_ELSE"));
        assertUnauthorized(post(sig2.replace(sim.apiKey(), "wrongkey"), SignedClient.JSON, body2, null));
        assertUnauthorized(post(null, SignedClient.JSON, body2, null));
        String stale = client.authorization("POST", "/v2/codes", body2, SignedClient.JSON, "abcd1234", now - 121);
        assertUnauthorized(post(stale, SignedClient.JSON, body2, null));
        SignedClient wrongSecret = new SignedClient(sim.baseUri(), sim.apiKey(), "not-the-secret",
                sim.merchantId(), sim.clock());
        assertUnauthorized(wrongSecret.get("/v2/codes/payments/x"));
        assertUnauthorized(client.raw(client.unsigned("/v2/codes/payments/x?assumeMerchant=OTHER")
                .header("Authorization", client.authorization("GET", "/v2/codes/payments/x", null, null, "n1",
                        now)).GET().build()));
        assertThat(post(sig2, SignedClient.JSON, body2, null).status()).as("no assumed merchant is fine")
                .isEqualTo(201);
    }

    @Test
    @DisplayName("a replayed request (the same Authorization header twice) is refused 401, so a silent resend shows")
    void replayRefused() {
        long now = sim.clock().epochSecond();
        String header = client.authorization("GET", "/v2/codes/payments/none", null, null, "replay01", now);
        HttpRequest get = client.unsigned("/v2/codes/payments/none").header("Authorization", header).GET().build();
        assertThat(client.raw(get).code()).isEqualTo("DYNAMIC_QR_PAYMENT_NOT_FOUND");
        assertUnauthorized(client.raw(get));
        String fresh = client.authorization("GET", "/v2/codes/payments/none", null, null, "replay02", now);
        assertThat(client.raw(client.unsigned("/v2/codes/payments/none").header("Authorization", fresh).GET()
                .build()).code()).as("a new nonce is a new request").isEqualTo("DYNAMIC_QR_PAYMENT_NOT_FOUND");
    }

    @Test
    @DisplayName("a client signing with real time keeps working after the simulator clock moved")
    void realTimeClientAfterClockMoved() {
        SimulatorClock realTime = SimulatorClock.system();
        SignedClient realClient = new SignedClient(sim.baseUri(), sim.apiKey(), sim.apiSecret(), sim.merchantId(),
                realTime);
        sim.clock().advance(Duration.ofDays(3));
        assertThat(realClient.get("/v2/codes/payments/none").code()).isEqualTo("DYNAMIC_QR_PAYMENT_NOT_FOUND");
        realTime.advance(Duration.ofMinutes(10));
        assertUnauthorized(realClient.get("/v2/codes/payments/none"));
    }

    private SignedClient.Response post(String authorization, String contentType, String body, String merchant) {
        HttpRequest.Builder b = client.unsigned("/v2/codes").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (merchant != null) {
            b.header("X-ASSUME-MERCHANT", merchant);
        }
        return client.raw(b.build());
    }

    private static void assertUnauthorized(SignedClient.Response r) {
        assertError(r, 401, "UNAUTHORIZED", "08100016");
    }
}
