package dev.kaikei.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The /simulator tool API: customer pages and actions, ledger, clock, faults")
class ControlApiTest extends SimulatorFixture {

    private SignedClient.Response tool(String method, String path, String body, String contentType) {
        HttpRequest.Builder b = client.unsigned(path);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return client.raw(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void payPageShowsStoreAmountDescriptionAndButtons() {
        String url = createCode("t-1", 12345, false).data().get("url").asText();
        SignedClient.Response page = client.raw(HttpRequest.newBuilder(URI.create(url)).GET().build());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().contains("text/html")
                .contains("UTF-8");
        assertThat(page.raw()).contains("Kaikei Demo Store").contains("¥12,345").contains("Coffee x2")
                .contains("/pay'").contains("/decline'");
        assertThat(tool("GET", "/simulator/pay/04-unknown", null, null).status()).isEqualTo(404);
    }

    @Test
    void payOverHttpAsJsonAndAsABrowserForm() {
        String code1 = createCode("t-2", 100, false).data().get("codeId").asText();
        SignedClient.Response paid = tool("POST", "/simulator/codes/" + code1 + "/pay", null, null);
        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.json().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(paid.json().get("merchantPaymentId").asText()).isEqualTo("t-2");
        SignedClient.Response again = tool("POST", "/simulator/codes/" + code1 + "/pay", null, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).isEqualTo("CODE_ALREADY_USED");

        String code2 = createCode("t-3", 100, false).data().get("codeId").asText();
        SignedClient.Response form = tool("POST", "/simulator/codes/" + code2 + "/decline", "",
                "application/x-www-form-urlencoded");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.raw()).contains("declined");
        assertThat(client.get("/v2/codes/payments/t-3").data().get("status").asText()).isEqualTo("FAILED");

        String code3 = createCode("t-4", 100, false).data().get("codeId").asText();
        tool("POST", "/simulator/clock/advance?seconds=301", null, null);
        assertThat(tool("POST", "/simulator/codes/" + code3 + "/pay", null, null).status()).isEqualTo(410);
        assertThat(tool("POST", "/simulator/codes/04-nope/pay", null, null).status()).isEqualTo(404);
    }

    @Test
    void accountLinkPageAndApprovalOverHttp() {
        SignedClient.Response session = client.post("/v1/qr/sessions", Map.of("scopes", List.of("direct_debit"),
                "nonce", "n1", "redirectUrl", "https://shop.example/cb?x=1", "referenceId", "ref"));
        String link = session.data().get("linkQRCodeURL").asText();
        String path = link.substring(sim.baseUri().toString().length());
        SignedClient.Response page = tool("GET", path, null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw()).contains("Approve").contains("Decline");

        SignedClient.Response form = tool("POST", path + "/approve", "", "application/x-www-form-urlencoded");
        assertThat(form.status()).isEqualTo(303);
        assertThat(form.headers().firstValue("Location")).get().asString()
                .startsWith("https://shop.example/cb?x=1&responseToken=ey");
        assertThat(tool("POST", path + "/approve", null, null).status()).isEqualTo(409);
        assertThat(tool("GET", path, null, null).status()).isEqualTo(404);

        SignedClient.Response other = client.post("/v1/qr/sessions", Map.of("scopes", List.of("direct_debit"),
                "nonce", "n2", "redirectUrl", "https://shop.example/cb", "referenceId", "ref2"));
        String otherPath = other.data().get("linkQRCodeURL").asText().substring(sim.baseUri().toString().length());
        JsonNode json = tool("POST", otherPath + "/approve", null, null).json();
        assertThat(json.get("responseToken").asText()).startsWith("ey");
        assertThat(json.get("redirectUrl").asText()).contains("?responseToken=");
        assertThat(json.get("userAuthorizationId").asText()).isNotEmpty();
    }

    @Test
    void ledgerListsPaymentsRefundsCapturesAndReverts() {
        String paymentId = paidCode("l-1", 1000);
        refund("lr-1", paymentId, 1000);
        String auth1 = sim.payCode(createCode("l-2", 500, true).data().get("codeId").asText()).paymentId();
        client.post("/v2/payments/capture", Map.of("merchantPaymentId", "l-2", "merchantCaptureId", "lc-1",
                "amount", money(400), "requestedAt", 1, "orderDescription", "d"));
        String auth2 = sim.payCode(createCode("l-3", 500, true).data().get("codeId").asText()).paymentId();
        client.post("/v2/payments/preauthorize/revert", Map.of("merchantRevertId", "lv-1", "paymentId", auth2,
                "requestedAt", 1));

        JsonNode ledger = tool("GET", "/simulator/ledger", null, null).json();
        assertThat(ledger.get("payments")).hasSize(3);
        JsonNode p1 = ledger.get("payments").get(0);
        assertThat(p1.get("merchantPaymentId").asText()).isEqualTo("l-1");
        assertThat(p1.get("paymentId").asText()).isEqualTo(paymentId);
        assertThat(p1.get("status").asText()).isEqualTo("REFUNDED");
        assertThat(p1.get("refundedAmount").asLong()).isEqualTo(1000);
        assertThat(ledger.get("refunds").get(0).get("merchantRefundId").asText()).isEqualTo("lr-1");
        assertThat(ledger.get("captures").get(0).get("paymentId").asText()).isEqualTo(auth1);
        assertThat(ledger.get("captures").get(0).get("amount").asLong()).isEqualTo(400);
        assertThat(ledger.get("reverts").get(0).get("merchantRevertId").asText()).isEqualTo("lv-1");
        assertThat(sim.ledger().payment("l-2")).get().satisfies(p -> assertThat(p.paidAmount()).isEqualTo(400));
    }

    @Test
    void clockAndFaultEndpoints() {
        SignedClient.Response advanced = tool("POST", "/simulator/clock/advance?seconds=60", null, null);
        assertThat(advanced.json().get("now").asLong()).isEqualTo(NOON_JST.getEpochSecond() + 60);
        assertThat(tool("GET", "/simulator/clock", null, null).json().get("now").asLong())
                .isEqualTo(sim.clock().epochSecond());
        assertThat(tool("POST", "/simulator/clock/advance?seconds=x", null, null).status()).isEqualTo(400);

        SignedClient.Response put = tool("PUT", "/simulator/faults",
                "[{\"operation\":\"CREATE_QR\",\"kind\":\"RATE_LIMIT\",\"count\":1,\"retryAfterSeconds\":3}]",
                "application/json");
        assertThat(put.status()).isEqualTo(200);
        assertThat(sim.faults().rules()).hasSize(1);
        assertThat(createCode("cf-1", 1, false).status()).isEqualTo(429);
        assertThat(sim.faults().rules()).as("used up").isEmpty();

        tool("PUT", "/simulator/faults", "{\"operation\":\"ANY\",\"kind\":\"HTTP_500\",\"probability\":1.0}",
                "application/json");
        assertThat(createCode("cf-2", 1, false).status()).isEqualTo(500);
        assertThat(tool("DELETE", "/simulator/faults", null, null).status()).isEqualTo(200);
        assertThat(createCode("cf-2", 1, false).status()).isEqualTo(201);

        assertThat(tool("PUT", "/simulator/faults", "{\"operation\":\"CREATE_QR\",\"kind\":\"HTTP_500\"}",
                "application/json").status()).as("needs count or probability").isEqualTo(400);
        assertThat(tool("PUT", "/simulator/faults", "{\"operation\":\"NOPE\",\"kind\":\"HTTP_500\",\"count\":1}",
                "application/json").status()).isEqualTo(400);
        assertThat(tool("PUT", "/simulator/faults", "{oops", "application/json").status()).isEqualTo(400);
        assertThat(tool("GET", "/simulator/nothing", null, null).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("concurrent customers paying one code: exactly one wins")
    void concurrentPaymentsOfOneCode() throws Exception {
        String codeId = createCode("cc-1", 100, false).data().get("codeId").asText();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> tasks = IntStream.range(0, 16)
                    .mapToObj(i -> (Callable<Integer>) () -> tool("POST", "/simulator/codes/" + codeId + "/pay", null,
                            null).status()).toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        } finally {
            pool.shutdownNow();
        }
    }
}
