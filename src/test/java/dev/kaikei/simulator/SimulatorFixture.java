package dev.kaikei.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts a simulator on a frozen clock (12:00 JST) per test, with a signed client and helpers for common flows. */
abstract class SimulatorFixture {

    static final Instant NOON_JST = Instant.parse("2026-03-10T03:00:00Z");

    PayPaySimulator sim;
    SignedClient client;

    SimulatorOptions.Builder options() {
        return SimulatorOptions.builder().clock(SimulatorClock.fixedAt(NOON_JST)).seed(42);
    }

    @BeforeEach
    void startSimulator() {
        sim = new PayPaySimulator(options().build()).start();
        client = new SignedClient(sim);
    }

    @AfterEach
    void stopSimulator() {
        sim.close();
    }

    static Map<String, Object> money(long yen) {
        return Map.of("amount", yen, "currency", "JPY");
    }

    SignedClient.Response createCode(String merchantPaymentId, long yen, boolean authorization) {
        return client.post("/v2/codes", Map.of("merchantPaymentId", merchantPaymentId, "amount", money(yen),
                "codeType", "ORDER_QR", "orderDescription", "Coffee x2", "isAuthorization", authorization,
                "requestedAt", sim.clock().epochSecond(), "storeId", "S1", "terminalId", "T1"));
    }

    /** Creates a code and lets the customer pay it; returns PayPay's paymentId. */
    String paidCode(String merchantPaymentId, long yen) {
        SignedClient.Response created = createCode(merchantPaymentId, yen, false);
        assertThat(created.status()).isEqualTo(201);
        return sim.payCode(created.data().get("codeId").asText()).paymentId();
    }

    /** Runs the account-link flow and returns the new userAuthorizationId. */
    String linkedUser(String referenceId) {
        SignedClient.Response session = client.post("/v1/qr/sessions", Map.of("scopes", List.of("direct_debit"),
                "nonce", "n0nce", "redirectUrl", "https://shop.example/cb", "referenceId", referenceId));
        assertThat(session.status()).isEqualTo(201);
        String url = session.data().get("linkQRCodeURL").asText();
        return sim.approveLink(url.substring(url.lastIndexOf('/') + 1)).userAuthorizationId();
    }

    SignedClient.Response nativePayment(String merchantPaymentId, String user, long yen, String query) {
        return client.post("/v2/payments" + query, Map.of("merchantPaymentId", merchantPaymentId,
                "userAuthorizationId", user, "amount", money(yen), "requestedAt", sim.clock().epochSecond()));
    }

    SignedClient.Response refund(String merchantRefundId, String paymentId, long yen) {
        return client.post("/v2/refunds", Map.of("merchantRefundId", merchantRefundId, "paymentId", paymentId,
                "amount", money(yen), "requestedAt", sim.clock().epochSecond(), "reason", "returned"));
    }

    static void assertError(SignedClient.Response r, int status, String code, String codeId) {
        assertThat(r.status()).as(r.raw()).isEqualTo(status);
        assertThat(r.code()).as(r.raw()).isEqualTo(code);
        if (codeId != null) {
            assertThat(r.codeId()).as(r.raw()).isEqualTo(codeId);
        }
        JsonNode data = r.json().get("data");
        assertThat(data == null || data.isNull()).as(r.raw()).isTrue();
    }
}
