package dev.kaikei.opa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaikei.opa.model.AccountLinkRequest;
import dev.kaikei.opa.model.CaptureRequest;
import dev.kaikei.opa.model.CreatePaymentRequest;
import dev.kaikei.opa.model.CreateQrCodeRequest;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.RefundRequest;
import dev.kaikei.opa.model.RevertRequest;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** PayPay's field limits are enforced before sending: the server never sees an invalid request. */
class RequestValidationTest {

    private static final String LONG_ID = "a".repeat(65);
    private static final String LONG_TEXT = "x".repeat(256);
    private static final MoneyAmount YEN = MoneyAmount.yen(100);

    @RegisterExtension
    final OpaServerFixture fx = new OpaServerFixture();

    private static CreateQrCodeRequest.Builder qr(String id) {
        return CreateQrCodeRequest.builder(id, YEN);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                bad("merchantPaymentId", c -> c.createQrCode(qr(LONG_ID).build())),
                bad("merchantPaymentId", c -> c.createQrCode(qr("has space").build())),
                bad("merchantPaymentId", c -> c.createQrCode(qr("日本語").build())),
                bad("merchantPaymentId", c -> c.createQrCode(qr("a/b").build())),
                bad("merchantPaymentId", c -> c.createQrCode(qr("").build())),
                bad("merchantPaymentId", c -> c.getQrPaymentDetails("../etc")),
                bad("merchantPaymentId", c -> c.cancelPayment(LONG_ID)),
                bad("amount.amount", c -> c.createQrCode(CreateQrCodeRequest.builder("M-1", MoneyAmount.yen(0)).build())),
                bad("amount.amount", c -> c.createQrCode(CreateQrCodeRequest.builder("M-1", MoneyAmount.yen(-5)).build())),
                bad("amount.amount", c -> c.createQrCode(
                        CreateQrCodeRequest.builder("M-1", MoneyAmount.yen(100_000_000_000L)).build())),
                bad("amount.currency", c -> c.createQrCode(
                        CreateQrCodeRequest.builder("M-1", new MoneyAmount(100, "USD")).build())),
                bad("amount", c -> c.createQrCode(CreateQrCodeRequest.builder("M-1", null).build())),
                bad("orderDescription", c -> c.createQrCode(qr("M-1").orderDescription(LONG_TEXT).build())),
                bad("storeId", c -> c.createQrCode(qr("M-1").storeId(LONG_TEXT).build())),
                bad("terminalId", c -> c.createQrCode(qr("M-1").terminalId(LONG_TEXT).build())),
                bad("merchantRefundId", c -> c.refund(RefundRequest.of("r!", "pp", YEN, null))),
                bad("reason", c -> c.refund(RefundRequest.of("R-1", "pp", YEN, LONG_TEXT))),
                bad("paymentId", c -> c.refund(RefundRequest.of("R-1", null, YEN, null))),
                bad("paymentId", c -> c.getRefundDetails("R-1", null)),
                bad("merchantCaptureId", c -> c.capture(CaptureRequest.of("M-1", LONG_ID, YEN, "d"))),
                bad("orderDescription", c -> c.capture(CaptureRequest.of("M-1", "C-1", YEN, null))),
                bad("merchantRevertId", c -> c.revertAuthorization(RevertRequest.of("v v", "pp", null))),
                bad("reason", c -> c.revertAuthorization(RevertRequest.of("V-1", "pp", LONG_TEXT))),
                bad("storeId", c -> c.createPayment(CreatePaymentRequest.of("M-1", "ua", YEN, null)
                        .withStore(LONG_TEXT, null))),
                bad("userAuthorizationId", c -> c.createPayment(CreatePaymentRequest.of("M-1", "", YEN, null))),
                bad("codeId", c -> c.deleteQrCode("a/b")),
                bad("amount", c -> c.checkWalletBalance("ua", 0)),
                bad("scopes", c -> c.createAccountLinkQrSession(new AccountLinkRequest(List.of(), "n", null,
                        "https://x", "ref", null, null, null))));
    }

    private static Arguments bad(String field, Consumer<PayPayClient> call) {
        return Arguments.of(field, call);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("invalid")
    @DisplayName("an invalid field is named and nothing is sent")
    void rejectedBeforeSending(String field, Consumer<PayPayClient> call) {
        assertThatThrownBy(() -> call.accept(fx.client))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).startsWith(field + " ");
                })
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(fx.server.getRequestCount()).isZero();
    }

    @Test
    @DisplayName("the limits themselves are accepted: 64-char id of every allowed character, 255-char text, 11 digits")
    void limitsAccepted() throws Exception {
        fx.enqueue(201, OpaServerFixture.envelope("SUCCESS", "08100001", "{\"codeId\":\"c\"}"));
        String id = ("azAZ09-_" + "b".repeat(56));
        assertThat(id).hasSize(64);
        OpaResult<?> r = fx.client.createQrCode(CreateQrCodeRequest.builder(id, MoneyAmount.yen(99_999_999_999L))
                .orderDescription("y".repeat(255)).build());
        assertThat(r.isSuccess()).isTrue();
        assertThat(fx.server.getRequestCount()).isEqualTo(1);
    }
}
