package dev.kaikei.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Refunds, pre-auth capture/revert, account link and native payments over HTTP")
class RefundCaptureNativeTest extends SimulatorFixture {

    @Nested
    @DisplayName("refunds")
    class Refunds {
        @Test
        void refundIsCreatedThenRefundedAndThePaymentRefunded() {
            String paymentId = paidCode("p-1", 1000);
            SignedClient.Response r = refund("r-1", paymentId, 1000);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.data().get("status").asText()).isEqualTo("CREATED");
            assertThat(r.data().get("merchantRefundId").asText()).isEqualTo("r-1");
            assertThat(r.data().get("paymentId").asText()).isEqualTo(paymentId);
            assertThat(r.data().get("amount").get("amount").asLong()).isEqualTo(1000);
            assertThat(r.data().get("acceptedAt").asLong()).isEqualTo(NOON_JST.getEpochSecond());

            assertThat(client.get("/v2/refunds/r-1").data().get("status").asText()).isEqualTo("CREATED");
            sim.clock().advance(Duration.ofSeconds(2));
            assertThat(client.get("/v2/refunds/r-1").data().get("status").asText()).isEqualTo("REFUNDED");
            assertThat(client.get("/v2/refunds/r-1?paymentId=" + paymentId).status()).isEqualTo(200);
            assertError(client.get("/v2/refunds/r-1?paymentId=00000000000000000000"), 404, "NO_SUCH_REFUND_ORDER",
                    "00200018");

            JsonNode payment = client.get("/v2/codes/payments/p-1").data();
            assertThat(payment.get("status").asText()).isEqualTo("REFUNDED");
            assertThat(payment.get("refunds").get("data").get(0).get("merchantRefundId").asText()).isEqualTo("r-1");
        }

        @Test
        void sameMerchantRefundIdReturnsThePreviousResultEvenWithAnotherBody() {
            String paymentId = paidCode("p-2", 1000);
            refund("r-2", paymentId, 400);
            SignedClient.Response again = refund("r-2", paymentId, 999);
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.data().get("amount").get("amount").asLong()).isEqualTo(400);
            assertThat(sim.ledger().refunds()).hasSize(1);
        }

        @Test
        void onlyOneRefundPerPaymentByDefault() {
            String paymentId = paidCode("p-3", 1000);
            refund("r-3a", paymentId, 100);
            assertError(refund("r-3b", paymentId, 100), 400, "UNACCEPTABLE_OP", "00200014");
        }

        @Test
        void refundAboveThePaidAmountIsInvalid() {
            String paymentId = paidCode("p-4", 1000);
            assertError(refund("r-4", paymentId, 1001), 400, "INVALID_PARAMS", "00200015");
        }

        @Test
        void refundOfUnknownOrUnfinishedPayments() {
            assertError(refund("r-5", "12345678901234567890", 100), 404, "RESOURCE_NOT_FOUND", "00200001");
            String codeId = createCode("p-6", 500, true).data().get("codeId").asText();
            String authorized = sim.payCode(codeId).paymentId();
            assertError(refund("r-6", authorized, 100), 400, "UNACCEPTABLE_OP", "00200013");
            assertError(client.get("/v2/refunds/r-unknown"), 404, "NO_SUCH_REFUND_ORDER", "00200018");
        }
    }

    @Nested
    @DisplayName("multiple refunds (merchant option)")
    class MultipleRefunds extends SimulatorFixture {
        @Override
        SimulatorOptions.Builder options() {
            return super.options().multipleRefunds(true);
        }

        @Test
        void partialRefundsUpToThePaidAmount() {
            String paymentId = paidCode("m-1", 1000);
            assertThat(refund("mr-1", paymentId, 600).status()).isEqualTo(200);
            assertThat(client.get("/v2/codes/payments/m-1").data().get("status").asText()).isEqualTo("COMPLETED");
            assertError(refund("mr-2", paymentId, 401), 400, "INVALID_PARAMS", "00200015");
            assertThat(refund("mr-3", paymentId, 400).status()).isEqualTo(200);
            assertThat(client.get("/v2/codes/payments/m-1").data().get("status").asText()).isEqualTo("REFUNDED");
        }
    }

    @Nested
    @DisplayName("pre-auth capture and revert")
    class CaptureRevert {
        private SignedClient.Response capture(String mpid, String captureId, long yen) {
            return client.post("/v2/payments/capture", Map.of("merchantPaymentId", mpid, "merchantCaptureId",
                    captureId, "amount", money(yen), "requestedAt", 1, "orderDescription", "shipped"));
        }

        private SignedClient.Response revert(String revertId, String paymentId) {
            return client.post("/v2/payments/preauthorize/revert", Map.of("merchantRevertId", revertId,
                    "paymentId", paymentId, "requestedAt", 1, "reason", "out of stock"));
        }

        @Test
        void captureCompletesAnAuthorizedPaymentOnce() {
            String paymentId = sim.payCode(createCode("a-1", 1000, true).data().get("codeId").asText()).paymentId();
            assertError(capture("a-1", "cap-0", 1001), 400, "HIGHER_CAPTURE_NOT_PERMITTED", "00400062");
            SignedClient.Response r = capture("a-1", "cap-1", 900);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.data().get("status").asText()).isEqualTo("COMPLETED");
            assertThat(r.data().get("paymentId").asText()).isEqualTo(paymentId);
            JsonNode cap = r.data().get("captures").get("data").get(0);
            assertThat(cap.get("merchantCaptureId").asText()).isEqualTo("cap-1");
            assertThat(cap.get("amount").get("amount").asLong()).isEqualTo(900);
            assertThat(cap.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(cap.get("acceptedAt").asLong()).isEqualTo(NOON_JST.getEpochSecond());
            assertError(capture("a-1", "cap-2", 900), 400, "ALREADY_CAPTURED", "00200039");
            assertError(refund("ar-1", paymentId, 901), 400, "INVALID_PARAMS", "00200015");
            assertThat(refund("ar-2", paymentId, 900).status()).isEqualTo(200);
        }

        @Test
        void captureOnlyFromAuthorized() {
            paidCode("a-2", 1000);
            assertError(capture("a-2", "cap-3", 100), 400, "ORDER_NOT_CAPTURABLE", "00200035");
            assertError(capture("a-unknown", "cap-4", 100), 404, "RESOURCE_NOT_FOUND", "00200001");
        }

        @Test
        void revertCancelsAnAuthorizationOnce() {
            String paymentId = sim.payCode(createCode("a-3", 1000, true).data().get("codeId").asText()).paymentId();
            SignedClient.Response r = revert("rv-1", paymentId);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.data().get("status").asText()).isEqualTo("CANCELED");
            assertThat(r.data().get("paymentId").asText()).isEqualTo(paymentId);
            assertThat(client.get("/v2/codes/payments/a-3").data().get("revert").get("merchantRevertId").asText())
                    .isEqualTo("rv-1");
            assertError(revert("rv-2", paymentId), 400, "ORDER_NOT_CANCELABLE", "00200042");
            assertError(capture("a-3", "cap-5", 100), 400, "ORDER_NOT_CAPTURABLE", "00200035");
            assertError(revert("rv-3", "99999999999999999999"), 404, "RESOURCE_NOT_FOUND", "00200001");
        }
    }

    @Nested
    @DisplayName("captures above the allowed limit wait for the customer (202 USER_CONFIRMATION_REQUIRED)")
    class CaptureConfirmation extends SimulatorFixture {
        @Override
        SimulatorOptions.Builder options() {
            return super.options().captureConfirmationLimit(500);
        }

        private SignedClient.Response capture(String mpid, String captureId, long yen) {
            return client.post("/v2/payments/capture", Map.of("merchantPaymentId", mpid, "merchantCaptureId",
                    captureId, "amount", money(yen), "requestedAt", 1, "orderDescription", "shipped"));
        }

        private String authorized(String mpid, long yen) {
            return sim.payCode(createCode(mpid, yen, true).data().get("codeId").asText()).paymentId();
        }

        private SignedClient.Response tool(String path) {
            return client.raw(client.unsigned(path).POST(HttpRequest.BodyPublishers.noBody()).build());
        }

        @Test
        void aboveTheLimitTheOrderIsReauthorizingUntilTheCustomerConfirms() {
            String paymentId = authorized("c-1", 1000);
            SignedClient.Response r = capture("c-1", "cap-1", 900);
            assertThat(r.status()).isEqualTo(202);
            assertThat(r.code()).isEqualTo("USER_CONFIRMATION_REQUIRED");
            assertThat(r.codeId()).isEqualTo("08300103");
            assertThat(r.data().get("status").asText()).isEqualTo("REAUTHORIZING");
            JsonNode pending = r.data().get("captures").get("data").get(0);
            assertThat(pending.get("merchantCaptureId").asText()).isEqualTo("cap-1");
            assertThat(pending.get("status").asText()).isEqualTo("USER_REQUESTED");
            assertThat(pending.get("amount").get("amount").asLong()).isEqualTo(900);
            assertThat(pending.get("expiresAt").asLong()).isEqualTo(NOON_JST.getEpochSecond() + 300);
            assertThat(client.get("/v2/codes/payments/c-1").data().get("status").asText())
                    .isEqualTo("REAUTHORIZING");
            assertThat(sim.ledger().captures()).isEmpty();

            assertError(capture("c-1", "cap-2", 100), 400, "REAUTHORIZATION_IN_PROGRESS", "00200038");
            assertError(client.post("/v2/payments/preauthorize/revert", Map.of("merchantRevertId", "rv-1",
                    "paymentId", paymentId, "requestedAt", 1)), 400, "ORDER_NOT_CANCELABLE", "00200042");
            assertError(client.delete("/v2/payments/c-1"), 400, "ORDER_NOT_REVERSIBLE", "00200044");

            sim.clock().advance(Duration.ofSeconds(60));
            CustomerAction.Result confirmed = sim.confirmCapture("c-1");
            assertThat(confirmed.status()).isEqualTo(PaymentStatus.COMPLETED);
            assertThat(confirmed.paymentId()).isEqualTo(paymentId);
            JsonNode payment = client.get("/v2/codes/payments/c-1").data();
            assertThat(payment.get("status").asText()).isEqualTo("COMPLETED");
            JsonNode done = payment.get("captures").get("data");
            assertThat(done).hasSize(1);
            assertThat(done.get(0).get("status").asText()).isEqualTo("COMPLETED");
            assertThat(done.get(0).get("acceptedAt").asLong()).isEqualTo(NOON_JST.getEpochSecond() + 60);
            assertThat(sim.ledger().captures()).extracting(Ledger.Capture::merchantCaptureId, Ledger.Capture::amount)
                    .containsExactly(tuple("cap-1", 900L));
            assertThat(sim.ledger().payment("c-1").orElseThrow().paidAmount()).isEqualTo(900);
            assertThatThrownBy(() -> sim.confirmCapture("c-1")).isInstanceOf(CustomerAction.Refused.class)
                    .hasMessage("NO_CAPTURE_TO_CONFIRM");
        }

        @Test
        void upToTheLimitTheCaptureCompletesAtOnce() {
            authorized("c-2", 1000);
            SignedClient.Response r = capture("c-2", "cap-3", 500);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.code()).isEqualTo("SUCCESS");
            assertThat(r.data().get("status").asText()).isEqualTo("COMPLETED");
        }

        @Test
        void aDeclinedOrLapsedCaptureLeavesTheAuthorizationAsItWas() {
            authorized("c-3", 1000);
            assertThat(capture("c-3", "cap-4", 800).status()).isEqualTo(202);
            assertThat(sim.declineCapture("c-3").status()).isEqualTo(PaymentStatus.AUTHORIZED);
            JsonNode declined = client.get("/v2/codes/payments/c-3").data();
            assertThat(declined.get("status").asText()).isEqualTo("AUTHORIZED");
            assertThat(declined.get("captures").get("data")).isEmpty();

            assertThat(capture("c-3", "cap-5", 700).status()).isEqualTo(202);
            sim.clock().advance(Duration.ofSeconds(300));
            assertThat(client.get("/v2/codes/payments/c-3").data().get("status").asText())
                    .isEqualTo("REAUTHORIZING");
            sim.clock().advance(Duration.ofSeconds(1));
            JsonNode lapsed = client.get("/v2/codes/payments/c-3").data();
            assertThat(lapsed.get("status").asText()).isEqualTo("AUTHORIZED");
            assertThat(lapsed.get("captures").get("data")).isEmpty();
            assertThatThrownBy(() -> sim.confirmCapture("c-3")).isInstanceOf(CustomerAction.Refused.class)
                    .hasMessage("NO_CAPTURE_TO_CONFIRM");

            assertThat(capture("c-3", "cap-6", 400).status()).isEqualTo(200);
            assertThat(sim.ledger().captures()).extracting(Ledger.Capture::merchantCaptureId)
                    .containsExactly("cap-6");
        }

        @Test
        void theCustomerAnswersOverTheToolApi() {
            authorized("c-4", 1000);
            assertThat(capture("c-4", "cap-7", 900).status()).isEqualTo(202);
            SignedClient.Response confirmed = tool("/simulator/payments/c-4/capture/confirm");
            assertThat(confirmed.status()).isEqualTo(200);
            assertThat(confirmed.json().get("status").asText()).isEqualTo("COMPLETED");
            assertThat(confirmed.json().get("merchantPaymentId").asText()).isEqualTo("c-4");
            SignedClient.Response again = tool("/simulator/payments/c-4/capture/decline");
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("error").asText()).isEqualTo("NO_CAPTURE_TO_CONFIRM");
            assertThat(tool("/simulator/payments/c-unknown/capture/confirm").status()).isEqualTo(404);
        }
    }

    @Nested
    @DisplayName("account link, native payments and wallet")
    class Native {
        @Test
        void approvedLinkIssuesAValidHs256TokenAndAnActiveAuthorization() throws Exception {
            SignedClient.Response session = client.post("/v1/qr/sessions", Map.of("scopes",
                    List.of("direct_debit", "get_balance"), "nonce", "abc123", "redirectUrl",
                    "https://shop.example/cb", "referenceId", "member-7", "phoneNumber", "090-1234-5678"));
            assertThat(session.status()).isEqualTo(201);
            String url = session.data().get("linkQRCodeURL").asText();
            assertThat(url).startsWith(sim.baseUri() + "/simulator/link/");
            CustomerAction.LinkResult link = sim.approveLink(url.substring(url.lastIndexOf('/') + 1));
            assertThat(link.redirectUrl()).isEqualTo("https://shop.example/cb?responseToken=" + link.responseToken());

            String[] parts = link.responseToken().split("\\.");
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(sim.apiSecret()), "HmacSHA256"));
            String expectedSig = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII)));
            assertThat(parts[2]).isEqualTo(expectedSig);
            JsonNode header = SignedClient.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[0]));
            assertThat(header.get("alg").asText()).isEqualTo("HS256");
            assertThat(header.get("typ").asText()).isEqualTo("JWT");
            JsonNode claims = SignedClient.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
            assertThat(claims.get("result").asText()).isEqualTo("succeeded");
            assertThat(claims.get("aud").asText()).isEqualTo(sim.merchantId());
            assertThat(claims.get("iss").asText()).isEqualTo("paypay.ne.jp");
            assertThat(claims.get("exp").asLong()).isEqualTo(NOON_JST.getEpochSecond() + 300);
            assertThat(claims.get("nonce").asText()).isEqualTo("abc123");
            assertThat(claims.get("referenceId").asText()).isEqualTo("member-7");
            assertThat(claims.get("profileIdentifier").asText()).isEqualTo("*******5678");
            String user = claims.get("userAuthorizationId").asText();
            assertThat(user).isEqualTo(link.userAuthorizationId());

            JsonNode status = client.get("/v2/user/authorizations?userAuthorizationId=" + user).data();
            assertThat(status.get("status").asText()).isEqualTo("ACTIVE");
            assertThat(status.get("referenceIds").get(0).asText()).isEqualTo("member-7");
            assertThat(status.get("scopes")).hasSize(2);
            assertThat(status.get("expireAt").asLong() - status.get("issuedAt").asLong()).isEqualTo(365L * 86400);
        }

        @Test
        void declinedLinkTokenSaysDeclined() throws Exception {
            SignedClient.Response session = client.post("/v1/qr/sessions", Map.of("scopes", List.of("direct_debit"),
                    "nonce", "n", "redirectUrl", "https://shop.example/cb", "referenceId", "r"));
            String url = session.data().get("linkQRCodeURL").asText();
            CustomerAction.LinkResult link = sim.declineLink(url.substring(url.lastIndexOf('/') + 1));
            JsonNode claims = SignedClient.MAPPER.readTree(
                    Base64.getUrlDecoder().decode(link.responseToken().split("\\.")[1]));
            assertThat(claims.get("result").asText()).isEqualTo("declined");
            assertThat(claims.has("userAuthorizationId")).isFalse();
        }

        @Test
        void nativePaymentCompletesAndSimilarOnesAreRejectedFor5Minutes() {
            String user = linkedUser("member-1");
            SignedClient.Response first = nativePayment("n-1", user, 700, "");
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.data().get("status").asText()).isEqualTo("COMPLETED");
            assertThat(first.data().get("userAuthorizationId").asText()).isEqualTo(user);
            assertThat(client.get("/v2/payments/n-1").data().get("status").asText()).isEqualTo("COMPLETED");

            assertError(nativePayment("n-2", user, 700, ""), 400, "SUSPECTED_DUPLICATE_PAYMENT", "00200017");
            assertError(nativePayment("n-2", user, 700, "?agreeSimilarTransaction=false"), 400,
                    "SUSPECTED_DUPLICATE_PAYMENT", "00200017");
            assertThat(nativePayment("n-3", user, 701, "").status()).isEqualTo(200);
            assertThat(nativePayment("n-4", user, 700, "?agreeSimilarTransaction=true").status()).isEqualTo(200);
            sim.clock().advance(Duration.ofMinutes(5));
            assertThat(nativePayment("n-5", user, 700, "").status()).isEqualTo(200);
            assertError(nativePayment("n-5", user, 10, ""), 400, "INVALID_PARAMS", "00200004");
        }

        @Test
        void unlinkedUnknownAndExpiredAuthorizations() {
            String user = linkedUser("member-2");
            assertError(nativePayment("u-1", "no-such-user", 100, ""), 401, "INVALID_USER_AUTHORIZATION_ID", null);
            assertThat(client.delete("/v2/user/authorizations/" + user).status()).isEqualTo(200);
            assertThat(client.get("/v2/user/authorizations?userAuthorizationId=" + user).data().get("status")
                    .asText()).isEqualTo("INACTIVE");
            assertError(nativePayment("u-2", user, 100, ""), 401, "INVALID_USER_AUTHORIZATION_ID", null);

            String other = linkedUser("member-3");
            sim.clock().advance(Duration.ofDays(366));
            assertError(nativePayment("u-3", other, 100, ""), 401, "EXPIRED_USER_AUTHORIZATION_ID", null);
        }

        @Test
        void preauthorizeThenCaptureAndCancelOfNativePayment() {
            String user = linkedUser("member-4");
            SignedClient.Response pre = client.post("/v2/payments/preauthorize?agreeSimilarTransaction=true",
                    Map.of("merchantPaymentId", "pa-1", "userAuthorizationId", user, "amount", money(2000),
                            "requestedAt", 1));
            assertThat(pre.status()).isEqualTo(200);
            assertThat(pre.data().get("status").asText()).isEqualTo("AUTHORIZED");
            assertThat(client.post("/v2/payments/capture", Map.of("merchantPaymentId", "pa-1", "merchantCaptureId",
                    "pc-1", "amount", money(2000), "requestedAt", 1, "orderDescription", "x")).status())
                    .isEqualTo(200);
            assertThat(client.get("/v2/payments/pa-1").data().get("status").asText()).isEqualTo("COMPLETED");
            assertThat(client.delete("/v2/payments/pa-1").status()).isEqualTo(202);
            assertThat(client.get("/v2/payments/pa-1").data().get("status").asText()).isEqualTo("FAILED");
        }

        @Test
        void walletBalanceCheck() {
            String user = linkedUser("member-5");
            sim.setWalletBalance(user, 5000);
            String query = "/v2/wallet/check_balance?userAuthorizationId=" + user + "&currency=JPY&amount=";
            assertThat(client.get(query + "5000").data().get("hasEnoughBalance").asBoolean()).isTrue();
            assertThat(client.get(query + "5001").data().get("hasEnoughBalance").asBoolean()).isFalse();
            assertError(nativePayment("w-1", user, 5001, ""), 400, "NO_SUFFICIENT_FUND", null);
            assertError(client.get("/v2/wallet/check_balance?userAuthorizationId=nobody&currency=JPY&amount=1"),
                    401, "INVALID_USER_AUTHORIZATION_ID", null);
        }
    }
}
