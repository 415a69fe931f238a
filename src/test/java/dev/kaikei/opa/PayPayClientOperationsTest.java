package dev.kaikei.opa;

import static dev.kaikei.opa.OpaServerFixture.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kaikei.opa.model.AccountLinkRequest;
import dev.kaikei.opa.model.AccountLinkSession;
import dev.kaikei.opa.model.CaptureRequest;
import dev.kaikei.opa.model.CaptureStatus;
import dev.kaikei.opa.model.CreatePaymentRequest;
import dev.kaikei.opa.model.CreateQrCodeRequest;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.NoContent;
import dev.kaikei.opa.model.PaymentDetails;
import dev.kaikei.opa.model.PaymentStatus;
import dev.kaikei.opa.model.PreAuthorizeRequest;
import dev.kaikei.opa.model.QrCode;
import dev.kaikei.opa.model.RedirectType;
import dev.kaikei.opa.model.RefundDetails;
import dev.kaikei.opa.model.RefundRequest;
import dev.kaikei.opa.model.RefundStatus;
import dev.kaikei.opa.model.RevertRequest;
import dev.kaikei.opa.model.RevertResult;
import dev.kaikei.opa.model.UserAuthorization;
import dev.kaikei.opa.model.UserAuthorizationStatus;
import dev.kaikei.opa.model.WalletBalance;
import java.io.IOException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every operation against real HTTP on loopback: what the server receives, and what the caller gets back. */
class PayPayClientOperationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long NOW = OpaServerFixture.NOW.getEpochSecond();
    private static final String PAYMENT = "{\"paymentId\":\"pp-1\",\"status\":\"COMPLETED\",\"acceptedAt\":1772334001,"
            + "\"merchantPaymentId\":\"POS1-0001\",\"amount\":{\"amount\":1200,\"currency\":\"JPY\"},"
            + "\"requestedAt\":1772334000,\"expiresAt\":1772334300,\"storeId\":\"S1\",\"terminalId\":\"T1\","
            + "\"orderDescription\":\"Coffee\",\"userAuthorizationId\":\"ua-1\",\"somethingNew\":{\"x\":1},"
            + "\"refunds\":{\"data\":[{\"status\":\"REFUNDED\",\"acceptedAt\":1772335000,\"merchantRefundId\":\"R1\","
            + "\"paymentId\":\"pp-1\",\"amount\":{\"amount\":200,\"currency\":\"JPY\"},\"requestedAt\":1772334999,"
            + "\"reason\":\"broken\"}]},"
            + "\"captures\":{\"data\":[{\"status\":\"COMPLETED\",\"merchantCaptureId\":\"C1\","
            + "\"amount\":{\"amount\":1200,\"currency\":\"JPY\"}}]},"
            + "\"revert\":{\"acceptedAt\":1,\"merchantRevertId\":\"V1\",\"paymentId\":\"pp-1\",\"reason\":\"r\"},"
            + "\"paymentMethods\":[{\"amount\":{\"amount\":1200,\"currency\":\"JPY\"},\"type\":\"WALLET\"}]}";

    @RegisterExtension
    final OpaServerFixture fx = new OpaServerFixture();

    private RecordedRequest received(String method, String target) throws InterruptedException {
        RecordedRequest r = fx.take();
        assertThat(r.getMethod()).isEqualTo(method);
        assertThat(r.getTarget()).isEqualTo(target);
        assertThat(r.getHeaders().get("X-ASSUME-MERCHANT")).isEqualTo(OpaServerFixture.MERCHANT);
        assertThat(fx.signatureProblem(r)).isNull();
        if ("POST".equals(method)) {
            assertThat(r.getHeaders().values("Content-Type")).containsExactly("application/json;charset=UTF-8");
        } else {
            assertThat(r.getBodySize()).isZero();
            assertThat(r.getHeaders().get("Authorization")).endsWith(":empty");
        }
        return r;
    }

    private static JsonNode body(RecordedRequest r) throws IOException {
        return JSON.readTree(r.getBody().toByteArray());
    }

    private static JsonNode json(String s) throws IOException {
        return JSON.readTree(s);
    }

    @Nested
    @DisplayName("dynamic QR")
    class DynamicQr {
        @Test
        @DisplayName("createQrCode posts every field, fills requestedAt and reads the 201")
        void createQrCode() throws Exception {
            fx.enqueue(201, envelope("SUCCESS", "08100001", "{\"codeId\":\"04-abc\",\"url\":\"https://qr/x\","
                    + "\"deeplink\":\"paypay://payment?link_key=x\",\"expiryDate\":1772334300,"
                    + "\"merchantPaymentId\":\"POS1-0001\",\"amount\":{\"amount\":1200,\"currency\":\"JPY\"},"
                    + "\"codeType\":\"ORDER_QR\",\"isAuthorization\":true,\"newField\":42}"));
            OpaResult<QrCode> result = fx.client.createQrCode(CreateQrCodeRequest
                    .builder("POS1-0001", MoneyAmount.yen(1200))
                    .orderDescription("Coffee").storeId("S1").terminalId("T1")
                    .authorization(1772420000L).redirect("https://shop.example/done", RedirectType.WEB_LINK)
                    .build());

            RecordedRequest r = received("POST", "/v2/codes");
            assertThat(body(r)).isEqualTo(json("{\"merchantPaymentId\":\"POS1-0001\","
                    + "\"amount\":{\"amount\":1200,\"currency\":\"JPY\"},\"orderDescription\":\"Coffee\","
                    + "\"storeId\":\"S1\",\"terminalId\":\"T1\",\"requestedAt\":" + NOW + ",\"isAuthorization\":true,"
                    + "\"authorizationExpiry\":1772420000,\"redirectUrl\":\"https://shop.example/done\","
                    + "\"redirectType\":\"WEB_LINK\",\"codeType\":\"ORDER_QR\"}"));
            assertThat(result).isInstanceOf(OpaResult.Success.class);
            OpaResult.Success<QrCode> ok = (OpaResult.Success<QrCode>) result;
            assertThat(ok.httpStatus()).isEqualTo(201);
            assertThat(ok.requestId()).isEqualTo("req-201");
            assertThat(ok.data().codeId()).isEqualTo("04-abc");
            assertThat(ok.data().deeplink()).startsWith("paypay://");
            assertThat(ok.data().expiryDate()).isEqualTo(1772334300L);
            assertThat(ok.data().amount()).isEqualTo(MoneyAmount.yen(1200));
            assertThat(ok.data().isAuthorization()).isTrue();
        }

        @Test
        @DisplayName("getQrPaymentDetails reads the whole payment, unwrapping refunds and captures")
        void getQrPaymentDetails() throws Exception {
            fx.enqueue(200, envelope("SUCCESS", "08100001", PAYMENT));
            PaymentDetails p = fx.client.getQrPaymentDetails("POS1-0001").successData().orElseThrow();
            received("GET", "/v2/codes/payments/POS1-0001");
            assertThat(p.paymentId()).isEqualTo("pp-1");
            assertThat(p.status()).isEqualTo(PaymentStatus.COMPLETED);
            assertThat(p.acceptedAt()).isEqualTo(1772334001L);
            assertThat(p.amount().amount()).isEqualTo(1200);
            assertThat(p.expiresAt()).isEqualTo(1772334300L);
            assertThat(p.storeId()).isEqualTo("S1");
            assertThat(p.terminalId()).isEqualTo("T1");
            assertThat(p.orderDescription()).isEqualTo("Coffee");
            assertThat(p.userAuthorizationId()).isEqualTo("ua-1");
            assertThat(p.refunds()).singleElement().satisfies(rf -> {
                assertThat(rf.status()).isEqualTo(RefundStatus.REFUNDED);
                assertThat(rf.amount().amount()).isEqualTo(200);
            });
            assertThat(p.captures()).singleElement().extracting(c -> c.status()).isEqualTo(CaptureStatus.COMPLETED);
            assertThat(p.revert().merchantRevertId()).isEqualTo("V1");
            assertThat(p.paymentMethods()).singleElement().extracting(m -> m.type()).isEqualTo("WALLET");
        }

        @Test
        @DisplayName("a status PayPay adds later reads as UNRECOGNIZED; missing lists are empty")
        void unknownStatus() throws Exception {
            fx.enqueue(200, envelope("SUCCESS", "08100001", "{\"status\":\"TELEPORTED\",\"paymentId\":\"p\"}"));
            PaymentDetails p = fx.client.getQrPaymentDetails("POS1-0001").successData().orElseThrow();
            assertThat(p.status()).isEqualTo(PaymentStatus.UNRECOGNIZED);
            assertThat(p.refunds()).isEmpty();
            assertThat(p.captures()).isEmpty();
        }

        @Test
        @DisplayName("deleteQrCode sends DELETE /v2/codes/{codeId}")
        void deleteQrCode() throws Exception {
            fx.enqueue(200, envelope("SUCCESS", "08100001", "{\"qrStatus\":\"DELETED\"}"));
            OpaResult<NoContent> result = fx.client.deleteQrCode("04-abc");
            received("DELETE", "/v2/codes/04-abc");
            assertThat(result.isSuccess()).isTrue();
            assertThat(result.code()).isEqualTo("SUCCESS");
        }
    }

    @Nested
    @DisplayName("payments")
    class Payments {
        @Test
        @DisplayName("cancelPayment: 202 REQUEST_ACCEPTED is a success")
        void cancel() throws Exception {
            fx.enqueue(202, "{\"resultInfo\":{\"code\":\"REQUEST_ACCEPTED\",\"message\":\"ok\",\"codeId\":\"08100001\"},"
                    + "\"data\":null}");
            OpaResult<NoContent> result = fx.client.cancelPayment("POS1-0001");
            received("DELETE", "/v2/payments/POS1-0001");
            assertThat(result).usingRecursiveComparison().ignoringFields("elapsed")
                    .isEqualTo(new OpaResult.Success<>(NoContent.INSTANCE, 202, "REQUEST_ACCEPTED", "req-202"));
        }

        @Test
        @DisplayName("createPayment posts the payment; the agreeSimilarTransaction query is sent but not signed")
        void createPayment() throws Exception {
            fx.enqueue(200, envelope("SUCCESS", "08100001", PAYMENT));
            fx.enqueue(200, envelope("SUCCESS", "08100001", PAYMENT));
            CreatePaymentRequest req = CreatePaymentRequest.of("POS1-0002", "ua-1", MoneyAmount.yen(500), "Tea")
                    .withStore("S1", "T1");
            assertThat(fx.client.createPayment(req).isSuccess()).isTrue();
            RecordedRequest plain = received("POST", "/v2/payments");
            assertThat(body(plain)).isEqualTo(json("{\"merchantPaymentId\":\"POS1-0002\",\"userAuthorizationId\":"
                    + "\"ua-1\",\"amount\":{\"amount\":500,\"currency\":\"JPY\"},\"requestedAt\":" + NOW
                    + ",\"storeId\":\"S1\",\"terminalId\":\"T1\",\"orderDescription\":\"Tea\"}"));

            assertThat(fx.client.createPayment(req, true).isSuccess()).isTrue();
            received("POST", "/v2/payments?agreeSimilarTransaction=true");
        }

        @Test
        @DisplayName("getPaymentDetails sends GET /v2/payments/{id}")
        void getPaymentDetails() throws Exception {
            fx.enqueue(200, envelope("SUCCESS", "08100001", PAYMENT));
            assertThat(fx.client.getPaymentDetails("POS1-0001").successData()).isPresent();
            received("GET", "/v2/payments/POS1-0001");
        }

        @Test
        @DisplayName("preAuthorize posts the payment plus expiresAt, with the optional query")
        void preAuthorize() throws Exception {
            fx.enqueue(200, envelope("SUCCESS", "08100001", PAYMENT.replace("COMPLETED", "AUTHORIZED")));
            PreAuthorizeRequest req = new PreAuthorizeRequest(
                    CreatePaymentRequest.of("POS1-0003", "ua-1", MoneyAmount.yen(800), "Deposit"), 1772999999L);
            PaymentDetails p = fx.client.preAuthorize(req, true).successData().orElseThrow();
            RecordedRequest r = received("POST", "/v2/payments/preauthorize?agreeSimilarTransaction=true");
            assertThat(body(r)).isEqualTo(json("{\"merchantPaymentId\":\"POS1-0003\",\"userAuthorizationId\":"
                    + "\"ua-1\",\"amount\":{\"amount\":800,\"currency\":\"JPY\"},\"requestedAt\":" + NOW
                    + ",\"orderDescription\":\"Deposit\",\"expiresAt\":1772999999}"));
            assertThat(p.status()).isEqualTo(PaymentStatus.AUTHORIZED);
        }

        @Test
        @DisplayName("capture posts the capture and reads the COMPLETED payment")
        void capture() throws Exception {
            fx.enqueue(200, envelope("SUCCESS", "08100001", PAYMENT));
            OpaResult<PaymentDetails> result = fx.client.capture(
                    CaptureRequest.of("POS1-0003", "CAP-1", MoneyAmount.yen(800), "Shipped"));
            RecordedRequest r = received("POST", "/v2/payments/capture");
            assertThat(body(r)).isEqualTo(json("{\"merchantPaymentId\":\"POS1-0003\",\"merchantCaptureId\":"
                    + "\"CAP-1\",\"amount\":{\"amount\":800,\"currency\":\"JPY\"},\"requestedAt\":" + NOW
                    + ",\"orderDescription\":\"Shipped\"}"));
            assertThat(result.successData().orElseThrow().status()).isEqualTo(PaymentStatus.COMPLETED);
        }

        @Test
        @DisplayName("capture: 202 USER_CONFIRMATION_REQUIRED is a success without data")
        void captureNeedsConfirmation() throws Exception {
            fx.enqueue(202, envelope("USER_CONFIRMATION_REQUIRED", "08300103", "null"));
            OpaResult<PaymentDetails> result = fx.client.capture(
                    CaptureRequest.of("POS1-0003", "CAP-2", MoneyAmount.yen(900), "Shipped"));
            received("POST", "/v2/payments/capture");
            assertThat(result).usingRecursiveComparison().ignoringFields("elapsed")
                    .isEqualTo(new OpaResult.Success<>(null, 202, "USER_CONFIRMATION_REQUIRED", "req-202"));
        }

        @Test
        @DisplayName("revertAuthorization posts the revert and reads CANCELED")
        void revert() throws Exception {
            fx.enqueue(200, envelope("SUCCESS", "08100001", "{\"status\":\"CANCELED\",\"acceptedAt\":5,"
                    + "\"paymentId\":\"pp-1\",\"requestedAt\":4,\"reason\":\"no\"}"));
            RevertResult rv = fx.client.revertAuthorization(RevertRequest.of("REV-1", "pp-1", "no"))
                    .successData().orElseThrow();
            RecordedRequest r = received("POST", "/v2/payments/preauthorize/revert");
            assertThat(body(r)).isEqualTo(json("{\"merchantRevertId\":\"REV-1\",\"paymentId\":\"pp-1\","
                    + "\"requestedAt\":" + NOW + ",\"reason\":\"no\"}"));
            assertThat(rv.status()).isEqualTo(PaymentStatus.CANCELED);
            assertThat(rv.acceptedAt()).isEqualTo(5L);
        }
    }

    @Nested
    @DisplayName("refunds")
    class Refunds {
        @Test
        @DisplayName("refund posts the refund (keeping a given requestedAt) and reads CREATED")
        void refund() throws Exception {
            fx.enqueue(200, envelope("SUCCESS", "08100001", "{\"status\":\"CREATED\",\"acceptedAt\":7,"
                    + "\"merchantRefundId\":\"RF-1\",\"paymentId\":\"pp-1\",\"amount\":{\"amount\":300,"
                    + "\"currency\":\"JPY\"},\"requestedAt\":6,\"reason\":\"damaged\"}"));
            RefundDetails rf = fx.client.refund(new RefundRequest("RF-1", "pp-1", MoneyAmount.yen(300), 6L,
                    "damaged")).successData().orElseThrow();
            RecordedRequest r = received("POST", "/v2/refunds");
            assertThat(body(r)).isEqualTo(json("{\"merchantRefundId\":\"RF-1\",\"paymentId\":\"pp-1\","
                    + "\"amount\":{\"amount\":300,\"currency\":\"JPY\"},\"requestedAt\":6,\"reason\":\"damaged\"}"));
            assertThat(rf.status()).isEqualTo(RefundStatus.CREATED);
        }

        @Test
        @DisplayName("getRefundDetails sends paymentId as a query")
        void getRefund() throws Exception {
            fx.enqueue(200, envelope("SUCCESS", "08100001", "{\"status\":\"REFUNDED\",\"merchantRefundId\":\"RF-1\"}"));
            RefundDetails rf = fx.client.getRefundDetails("RF-1", "pp-1").successData().orElseThrow();
            received("GET", "/v2/refunds/RF-1?paymentId=pp-1");
            assertThat(rf.status()).isEqualTo(RefundStatus.REFUNDED);
        }
    }

    @Nested
    @DisplayName("account link, user and wallet")
    class Users {
        @Test
        @DisplayName("createAccountLinkQrSession posts scopes, nonce, redirect and reference")
        void accountLink() throws Exception {
            fx.enqueue(201, envelope("SUCCESS", "08100001", "{\"linkQRCodeURL\":\"https://link/qr\"}"));
            AccountLinkSession s = fx.client.createAccountLinkQrSession(
                    AccountLinkRequest.directDebit("n0nce", "https://shop.example/linked", "cust-9"))
                    .successData().orElseThrow();
            RecordedRequest r = received("POST", "/v1/qr/sessions");
            assertThat(body(r)).isEqualTo(json("{\"scopes\":[\"direct_debit\"],\"nonce\":\"n0nce\","
                    + "\"redirectType\":\"WEB_LINK\",\"redirectUrl\":\"https://shop.example/linked\","
                    + "\"referenceId\":\"cust-9\"}"));
            assertThat(s.linkQrCodeUrl()).isEqualTo("https://link/qr");
        }

        @Test
        @DisplayName("unlinkUser sends DELETE /v2/user/authorizations/{id}")
        void unlink() throws Exception {
            fx.enqueue(200, envelope("SUCCESS", "08100001", "null"));
            assertThat(fx.client.unlinkUser("ua-1").isSuccess()).isTrue();
            received("DELETE", "/v2/user/authorizations/ua-1");
        }

        @Test
        @DisplayName("getUserAuthorizationStatus sends the id as a query")
        void userStatus() throws Exception {
            fx.enqueue(200, envelope("SUCCESS", "08100001", "{\"userAuthorizationId\":\"ua-1\",\"referenceIds\":"
                    + "[\"cust-9\"],\"status\":\"ACTIVE\",\"scopes\":[\"direct_debit\"],\"expireAt\":9,\"issuedAt\":1}"));
            UserAuthorization ua = fx.client.getUserAuthorizationStatus("ua-1").successData().orElseThrow();
            received("GET", "/v2/user/authorizations?userAuthorizationId=ua-1");
            assertThat(ua.status()).isEqualTo(UserAuthorizationStatus.ACTIVE);
            assertThat(ua.referenceIds()).containsExactly("cust-9");
        }

        @Test
        @DisplayName("checkWalletBalance sends id, amount, JPY and the optional productType")
        void wallet() throws Exception {
            fx.enqueue(200, envelope("SUCCESS", "08100001", "{\"hasEnoughBalance\":true}"));
            fx.enqueue(200, envelope("SUCCESS", "08100001", "{\"hasEnoughBalance\":false}"));
            WalletBalance b = fx.client.checkWalletBalance("ua-1", 1500).successData().orElseThrow();
            received("GET", "/v2/wallet/check_balance?userAuthorizationId=ua-1&amount=1500&currency=JPY");
            assertThat(b.hasEnoughBalance()).isTrue();
            WalletBalance b2 = fx.client.checkWalletBalance("ua-1", 1500, "PAY_LATER_REPAYMENT")
                    .successData().orElseThrow();
            received("GET", "/v2/wallet/check_balance?userAuthorizationId=ua-1&amount=1500&currency=JPY"
                    + "&productType=PAY_LATER_REPAYMENT");
            assertThat(b2.hasEnoughBalance()).isFalse();
        }
    }
}
