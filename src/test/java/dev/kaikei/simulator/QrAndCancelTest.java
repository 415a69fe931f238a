package dev.kaikei.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Dynamic QR codes and cancellation over HTTP")
class QrAndCancelTest extends SimulatorFixture {

    @Nested
    @DisplayName("dynamic QR")
    class DynamicQr {
        @Test
        void createReturns201WithPayPayFields() {
            SignedClient.Response r = createCode("mp-1", 1200, false);
            assertThat(r.status()).isEqualTo(201);
            assertThat(r.code()).isEqualTo("SUCCESS");
            assertThat(r.headers().firstValue("X-REQUEST-ID")).get().asString().matches("[A-Za-z0-9-]{1,64}");
            var data = r.data();
            String codeId = data.get("codeId").asText();
            String url = data.get("url").asText();
            assertThat(url).isEqualTo(sim.baseUri() + "/simulator/pay/" + codeId);
            assertThat(data.get("deeplink").asText()).isEqualTo("paypay://payment?link_key="
                    + URLEncoder.encode(url, StandardCharsets.UTF_8));
            assertThat(data.get("expiryDate").asLong()).isEqualTo(NOON_JST.getEpochSecond() + 300);
            assertThat(data.get("merchantPaymentId").asText()).isEqualTo("mp-1");
            assertThat(data.get("amount").get("amount").asLong()).isEqualTo(1200);
            assertThat(data.get("amount").get("currency").asText()).isEqualTo("JPY");
            assertThat(data.get("codeType").asText()).isEqualTo("ORDER_QR");
            assertThat(data.get("isAuthorization").asBoolean()).isFalse();
            assertThat(data.get("storeId").asText()).isEqualTo("S1");
            assertThat(data.get("terminalId").asText()).isEqualTo("T1");
            assertThat(data.get("requestedAt").asLong()).isEqualTo(NOON_JST.getEpochSecond());
        }

        @Test
        void duplicateMerchantPaymentIdIsRejected() {
            createCode("mp-dup", 100, false);
            assertError(createCode("mp-dup", 100, false), 400, "DUPLICATE_DYNAMIC_QR_REQUEST", "01652073");
        }

        @Test
        void pollShowsCreatedThenCompletedAfterThePayment() {
            String codeId = createCode("mp-2", 500, false).data().get("codeId").asText();
            SignedClient.Response before = client.get("/v2/codes/payments/mp-2");
            assertThat(before.status()).isEqualTo(200);
            assertThat(before.data().get("status").asText()).isEqualTo("CREATED");

            CustomerAction.Result paid = sim.payCode(codeId);
            assertThat(paid.status()).isEqualTo(PaymentStatus.COMPLETED);

            var data = client.get("/v2/codes/payments/mp-2").data();
            assertThat(data.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(data.get("paymentId").asText()).isEqualTo(paid.paymentId()).matches("\\d{20}");
            assertThat(data.get("acceptedAt").asLong()).isEqualTo(NOON_JST.getEpochSecond());
            assertThat(data.get("merchantPaymentId").asText()).isEqualTo("mp-2");
            assertThat(data.get("amount").get("amount").asLong()).isEqualTo(500);
            assertThat(data.get("refunds").get("data")).isEmpty();
            assertThat(data.get("captures").get("data")).isEmpty();
            assertThat(data.get("orderDescription").asText()).isEqualTo("Coffee x2");
            assertThat(data.get("storeId").asText()).isEqualTo("S1");
            assertThat(data.get("expiresAt").asLong()).isEqualTo(NOON_JST.getEpochSecond() + 300);
        }

        @Test
        void qrPaymentIsOrderNotFoundOnPaymentsEndpoint() {
            paidCode("mp-3", 500);
            assertError(client.get("/v2/payments/mp-3"), 404, "RESOURCE_NOT_FOUND", "00200001");
            assertThat(client.get("/v2/payments/mp-3").json().at("/resultInfo/message").asText())
                    .isEqualTo("Order not found");
        }

        @Test
        void unknownIdsGiveTheEndpointsNotFound() {
            assertError(client.get("/v2/codes/payments/nope"), 400, "DYNAMIC_QR_PAYMENT_NOT_FOUND", "01652075");
            assertError(client.delete("/v2/codes/04-nope"), 404, "DYNAMIC_QR_NOT_FOUND", "01652072");
            assertError(client.get("/v2/payments/nope"), 404, "RESOURCE_NOT_FOUND", "00200001");
        }

        @Test
        void deleteUnpaidCodeThenItIsGoneAndCannotBePaid() {
            String codeId = createCode("mp-4", 300, false).data().get("codeId").asText();
            SignedClient.Response deleted = client.delete("/v2/codes/" + codeId);
            assertThat(deleted.status()).isEqualTo(200);
            assertThat(deleted.data().get("qrStatus").asText()).isEqualTo("DELETED");
            assertError(client.get("/v2/codes/payments/mp-4"), 400, "DYNAMIC_QR_PAYMENT_NOT_FOUND", "01652075");
            assertError(client.delete("/v2/codes/" + codeId), 404, "DYNAMIC_QR_NOT_FOUND", "01652072");
            assertThatThrownBy(() -> sim.payCode(codeId)).isInstanceOfSatisfying(CustomerAction.Refused.class,
                    e -> assertThat(e.reason()).isEqualTo(CustomerAction.Reason.CODE_DELETED));
        }

        @Test
        void deleteAfterPaymentIsAlreadyPaid() {
            String codeId = createCode("mp-5", 300, false).data().get("codeId").asText();
            sim.payCode(codeId);
            assertError(client.delete("/v2/codes/" + codeId), 400, "DYNAMIC_QR_ALREADY_PAID", "01652074");
        }

        @Test
        void expiredCodeStaysCreatedAndCannotBePaid() {
            String codeId = createCode("mp-6", 300, false).data().get("codeId").asText();
            sim.clock().advance(Duration.ofSeconds(300));
            assertThat(sim.payCode(codeId).status()).isEqualTo(PaymentStatus.COMPLETED);

            String late = createCode("mp-7", 300, false).data().get("codeId").asText();
            sim.clock().advance(Duration.ofSeconds(301));
            assertThatThrownBy(() -> sim.payCode(late)).isInstanceOfSatisfying(CustomerAction.Refused.class,
                    e -> assertThat(e.reason()).isEqualTo(CustomerAction.Reason.CODE_EXPIRED));
            assertThat(client.get("/v2/codes/payments/mp-7").data().get("status").asText()).isEqualTo("CREATED");
            assertThat(client.delete("/v2/codes/" + late).status()).isEqualTo(200);
        }

        @Test
        void declineEndsFailedAndCodeCannotBeUsedAgain() {
            String codeId = createCode("mp-8", 300, false).data().get("codeId").asText();
            assertThat(sim.declineCode(codeId).status()).isEqualTo(PaymentStatus.FAILED);
            assertThat(client.get("/v2/codes/payments/mp-8").data().get("status").asText()).isEqualTo("FAILED");
            assertThatThrownBy(() -> sim.payCode(codeId)).isInstanceOfSatisfying(CustomerAction.Refused.class,
                    e -> assertThat(e.reason()).isEqualTo(CustomerAction.Reason.CODE_ALREADY_USED));
        }

        @Test
        void paymentOfAnAuthorizationCodeIsAuthorized() {
            String codeId = createCode("mp-9", 800, true).data().get("codeId").asText();
            assertThat(sim.payCode(codeId).status()).isEqualTo(PaymentStatus.AUTHORIZED);
            assertThat(client.get("/v2/codes/payments/mp-9").data().get("status").asText()).isEqualTo("AUTHORIZED");
        }
    }

    @Nested
    @DisplayName("cancel (DELETE /v2/payments/{id})")
    class Cancel {
        @Test
        void cancelOfACompletedPaymentTurnsItFailed() {
            paidCode("c-1", 500);
            SignedClient.Response r = client.delete("/v2/payments/c-1");
            assertThat(r.status()).isEqualTo(202);
            assertThat(r.code()).isEqualTo("REQUEST_ACCEPTED");
            assertThat(client.get("/v2/codes/payments/c-1").data().get("status").asText()).isEqualTo("FAILED");
            assertThat(client.delete("/v2/payments/c-1").status()).as("idempotent").isEqualTo(202);
        }

        @Test
        void cancelWindowEndsAt001459TokyoTheNextDay() {
            paidCode("c-2", 500);
            paidCode("c-3", 500);
            Instant lastSecond = ZonedDateTime.parse("2026-03-11T00:14:59+09:00[Asia/Tokyo]").toInstant();
            sim.clock().setTo(lastSecond);
            assertThat(client.delete("/v2/payments/c-2").status()).isEqualTo(202);
            sim.clock().advance(Duration.ofSeconds(1));
            assertError(client.delete("/v2/payments/c-3"), 400, "ORDER_NOT_REVERSIBLE", "00200044");
        }

        @Test
        void cancelBeforeThePaymentIsHeldAndThePaymentEndsFailed() {
            String codeId = createCode("c-4", 500, false).data().get("codeId").asText();
            assertThat(client.delete("/v2/payments/c-4").status()).isEqualTo(202);
            assertThat(client.get("/v2/codes/payments/c-4").data().get("status").asText()).isEqualTo("CREATED");
            assertThat(sim.payCode(codeId).status()).isEqualTo(PaymentStatus.FAILED);
            assertThat(client.get("/v2/codes/payments/c-4").data().get("status").asText()).isEqualTo("FAILED");
            assertThat(sim.ledger().payment("c-4")).get().satisfies(p -> assertThat(p.canceledAt()).isNotNull());
        }

        @Test
        void cancelOfAnIdNobodyCreatedIsAcceptedAndHeldForALateCreate() {
            assertThat(client.delete("/v2/payments/c-never").status()).isEqualTo(202);
            String codeId = createCode("c-never", 500, false).data().get("codeId").asText();
            assertThat(sim.payCode(codeId).status()).isEqualTo(PaymentStatus.FAILED);
        }

        @Test
        void refundedPaymentIsNotReversible() {
            String paymentId = paidCode("c-5", 500);
            assertThat(refund("r-c5", paymentId, 500).status()).isEqualTo(200);
            assertError(client.delete("/v2/payments/c-5"), 400, "ORDER_NOT_REVERSIBLE", "00200044");
        }

        @Test
        void authorizedPaymentCanBeCancelledButARevertedOneCannot() {
            String codeId = createCode("c-6", 500, true).data().get("codeId").asText();
            sim.payCode(codeId);
            assertThat(client.delete("/v2/payments/c-6").status()).isEqualTo(202);
            assertThat(client.get("/v2/codes/payments/c-6").data().get("status").asText()).isEqualTo("FAILED");

            String other = createCode("c-7", 500, true).data().get("codeId").asText();
            String paymentId = sim.payCode(other).paymentId();
            assertThat(client.post("/v2/payments/preauthorize/revert", Map.of("merchantRevertId", "rv-7",
                    "paymentId", paymentId, "requestedAt", 1)).status()).isEqualTo(200);
            assertError(client.delete("/v2/payments/c-7"), 400, "ORDER_NOT_REVERSIBLE", "00200044");
        }
    }
}
