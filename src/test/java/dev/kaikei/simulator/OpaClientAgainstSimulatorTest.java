package dev.kaikei.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.opa.Credentials;
import dev.kaikei.opa.OpaClientConfig;
import dev.kaikei.opa.OpaResult;
import dev.kaikei.opa.PayPayClient;
import dev.kaikei.opa.PayPayEnvironment;
import dev.kaikei.opa.RetryPolicy;
import dev.kaikei.opa.Timeouts;
import dev.kaikei.opa.accountlink.AccountLinkTokenValidator;
import dev.kaikei.opa.accountlink.LinkedUser;
import dev.kaikei.opa.model.AccountLinkRequest;
import dev.kaikei.opa.model.CaptureRequest;
import dev.kaikei.opa.model.CreatePaymentRequest;
import dev.kaikei.opa.model.CreateQrCodeRequest;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.PaymentDetails;
import dev.kaikei.opa.model.PaymentStatus;
import dev.kaikei.opa.model.QrCode;
import dev.kaikei.opa.model.RefundDetails;
import dev.kaikei.opa.model.RefundRequest;
import dev.kaikei.opa.model.RefundStatus;
import dev.kaikei.opa.model.RevertRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The app's own PayPayClient (dev.kaikei.opa) against the simulator")
class OpaClientAgainstSimulatorTest extends SimulatorFixture {

    private PayPayClient opa;

    @BeforeEach
    void startClient() {
        opa = new PayPayClient(OpaClientConfig.builder(Credentials.of(sim.apiKey(), sim.apiSecret(),
                        sim.merchantId()))
                .environment(PayPayEnvironment.STAGING).baseUrl(sim.baseUri().toString()).clock(sim.clock())
                .timeouts(Timeouts.all(Duration.ofSeconds(2))).retryPolicy(RetryPolicy.NONE).build());
    }

    @AfterEach
    void stopClient() {
        opa.close();
    }

    private static <T> T success(OpaResult<T> result) {
        assertThat(result).as(String.valueOf(result)).isInstanceOf(OpaResult.Success.class);
        return result.successData().orElseThrow();
    }

    private QrCode qr(String merchantPaymentId, long yen, boolean authorization) {
        CreateQrCodeRequest.Builder b = CreateQrCodeRequest.builder(merchantPaymentId, MoneyAmount.yen(yen))
                .orderDescription("opa").storeId("S1").terminalId("T1").requestedAt(sim.clock().epochSecond());
        if (authorization) {
            b.authorization(null);
        }
        return success(opa.createQrCode(b.build()));
    }

    @Test
    void qrPayDetailsRefundAndRefundDetails() {
        QrCode code = qr("o-1", 1200, false);
        assertThat(success(opa.getQrPaymentDetails("o-1")).status()).isEqualTo(PaymentStatus.CREATED);
        sim.payCode(code.codeId());
        PaymentDetails paid = success(opa.getQrPaymentDetails("o-1"));
        assertThat(paid.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(paid.amount().amount()).isEqualTo(1200);

        RefundDetails refund = success(opa.refund(RefundRequest.of("or-1", paid.paymentId(), MoneyAmount.yen(1200),
                "return")));
        assertThat(refund.status()).isEqualTo(RefundStatus.CREATED);
        sim.clock().advance(Duration.ofSeconds(5));
        assertThat(success(opa.getRefundDetails("or-1", paid.paymentId())).status()).isEqualTo(RefundStatus.REFUNDED);
        assertThat(success(opa.getQrPaymentDetails("o-1")).status()).isEqualTo(PaymentStatus.REFUNDED);
        OpaResult<RefundDetails> second = opa.refund(RefundRequest.of("or-2", paid.paymentId(), MoneyAmount.yen(1),
                null));
        assertThat(second).isInstanceOfSatisfying(OpaResult.Rejected.class,
                r -> assertThat(r.codeId()).isEqualTo("00200014"));
    }

    @Test
    void deleteAndCancel() {
        QrCode code = qr("o-2", 500, false);
        assertThat(opa.deleteQrCode(code.codeId()).isSuccess()).isTrue();
        assertThat(opa.getQrPaymentDetails("o-2")).isInstanceOfSatisfying(OpaResult.Rejected.class,
                r -> assertThat(r.code()).isEqualTo("DYNAMIC_QR_PAYMENT_NOT_FOUND"));

        QrCode paid = qr("o-3", 500, false);
        sim.payCode(paid.codeId());
        assertThat(opa.deleteQrCode(paid.codeId())).isInstanceOfSatisfying(OpaResult.Rejected.class,
                r -> assertThat(r.code()).isEqualTo("DYNAMIC_QR_ALREADY_PAID"));
        OpaResult<?> cancel = opa.cancelPayment("o-3");
        assertThat(cancel.isSuccess()).as(String.valueOf(cancel)).isTrue();
        assertThat(cancel.httpStatus()).isEqualTo(202);
        assertThat(success(opa.getQrPaymentDetails("o-3")).status()).isEqualTo(PaymentStatus.FAILED);
    }

    @Test
    void captureAndRevert() {
        sim.payCode(qr("o-4", 900, true).codeId());
        PaymentDetails captured = success(opa.capture(CaptureRequest.of("o-4", "oc-1", MoneyAmount.yen(900),
                "shipped")));
        assertThat(captured.status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(captured.captures()).hasSize(1);

        String paymentId = sim.payCode(qr("o-5", 900, true).codeId()).paymentId();
        assertThat(opa.revertAuthorization(RevertRequest.of("ov-1", paymentId, "no stock")).isSuccess()).isTrue();
        assertThat(success(opa.getQrPaymentDetails("o-5")).status()).isEqualTo(PaymentStatus.CANCELED);
    }

    @Test
    void accountLinkAndNativePayment() throws Exception {
        String url = success(opa.createAccountLinkQrSession(AccountLinkRequest.directDebit("nonce-1",
                "https://shop.example/cb", "member-9"))).linkQrCodeUrl();
        CustomerAction.LinkResult link = sim.approveLink(url.substring(url.lastIndexOf('/') + 1));
        LinkedUser user = new AccountLinkTokenValidator(Credentials.of(sim.apiKey(), sim.apiSecret(),
                sim.merchantId()), sim.clock()).validate(link.responseToken(), "nonce-1");
        assertThat(user.userAuthorizationId()).isEqualTo(link.userAuthorizationId());

        CreatePaymentRequest request = CreatePaymentRequest.of("o-6", user.userAuthorizationId(),
                MoneyAmount.yen(700), "direct");
        assertThat(success(opa.createPayment(request)).status()).isEqualTo(PaymentStatus.COMPLETED);
        assertThat(success(opa.getPaymentDetails("o-6")).status()).isEqualTo(PaymentStatus.COMPLETED);
        CreatePaymentRequest similar = CreatePaymentRequest.of("o-7", user.userAuthorizationId(),
                MoneyAmount.yen(700), "direct");
        assertThat(opa.createPayment(similar)).isInstanceOfSatisfying(OpaResult.Rejected.class,
                r -> assertThat(r.code()).isEqualTo("SUSPECTED_DUPLICATE_PAYMENT"));
        assertThat(opa.createPayment(similar, true).isSuccess()).isTrue();
        assertThat(opa.unlinkUser(user.userAuthorizationId()).isSuccess()).isTrue();
        assertThat(opa.createPayment(CreatePaymentRequest.of("o-8", user.userAuthorizationId(),
                MoneyAmount.yen(1), "x"))).isInstanceOf(OpaResult.Rejected.class);
    }

    @ParameterizedTest
    @EnumSource(FaultKind.class)
    @DisplayName("each fault kind is classified as the money-safety rules require")
    void faultClassification(FaultKind kind) {
        FaultRule rule = FaultRule.withProbability(1, Operation.CREATE_QR, kind)
                .latency(Duration.ofMillis(50)).hold(Duration.ofSeconds(20));
        sim.faults().add(rule);
        OpaResult<QrCode> result = opa.createQrCode(CreateQrCodeRequest.builder("fk-" + kind, MoneyAmount.yen(10))
                .requestedAt(sim.clock().epochSecond()).build());
        switch (kind) {
            case LATENCY -> assertThat(result.isSuccess()).as(String.valueOf(result)).isTrue();
            case RATE_LIMIT -> assertThat(result).isInstanceOfSatisfying(OpaResult.Rejected.class,
                    r -> assertThat(r.isRateLimited() && r.isTransient()).isTrue());
            // Refusals: this request was not carried out, and the engine knows "not now" from "never".
            case UNAUTHORIZED, THROTTLED -> assertThat(result).isInstanceOfSatisfying(OpaResult.Rejected.class,
                    r -> assertThat(r.isTransient()).as(String.valueOf(r)).isTrue());
            default -> assertThat(result.isUnknown()).as(kind + " -> " + result).isTrue();
        }
        boolean committed = sim.ledger().payment("fk-" + kind).isPresent();
        assertThat(committed).isEqualTo(kind == FaultKind.LATENCY || kind == FaultKind.TRUNCATED_BODY
                || kind == FaultKind.COMMIT_THEN_FAIL);
    }
}
