package dev.kaikei.ui.acceptance;

import static dev.kaikei.ui.testing.Fx.awaitShowing;
import static dev.kaikei.ui.testing.Fx.awaitText;
import static dev.kaikei.ui.testing.Fx.fx;
import static dev.kaikei.ui.testing.Fx.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.simulator.FaultKind;
import dev.kaikei.simulator.FaultRule;
import dev.kaikei.simulator.Operation;
import dev.kaikei.ui.common.QrView;
import dev.kaikei.ui.testing.Fx;
import dev.kaikei.ui.testing.ImageDecoding;
import java.time.Duration;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Acceptance: charging on the real screens against the engine, simulator and journal")
class CheckoutAcceptanceTest extends EngineScreensTest {

    private String chargeUntilQr(String digits) {
        keyAndCharge(digits);
        String codeId = codeIdOnScreen();
        await().until(() -> fx(() -> robot.lookup("#qr-view").queryAs(QrView.class).isShowingCode()));
        return codeId;
    }

    @Test
    @DisplayName("key ¥1,200 → QR on screen decodes to the simulator's pay page → customer pays → Paid, journaled")
    void paid() {
        robot.clickOn("#key-1").clickOn("#key-2").clickOn("#key-00");
        awaitText(robot, "#amount-display", "¥1,200");
        screenshot(window.scene(), "e2e-charge");
        robot.clickOn("#charge-button");
        String codeId = codeIdOnScreen();
        await().until(() -> fx(() -> robot.lookup("#qr-view").queryAs(QrView.class).isShowingCode()));
        String id = merchantPaymentIdOnScreen();
        awaitText(robot, "#instruction", "Scan with the PayPay app");
        WritableImage shot = screenshot(window.scene(), "e2e-customer-qr");
        assertThat(ImageDecoding.decodeQr(Fx.crop(robot, shot, "#code-area")))
                .isEqualTo(sim.baseUri() + "/simulator/pay/" + codeId);

        sim.payCode(codeId);
        awaitText(robot, "#state-headline", "Paid");
        awaitText(robot, "#outcome-mark", "✓");
        screenshot(window.scene(), "e2e-paid");
        assertJournaled(id, PaymentState.COMPLETED);
        assertThat(sim.ledger().payment(id).orElseThrow().status()).isEqualTo("COMPLETED");
        assertThat(sound.played()).containsExactly("paid");
    }

    @Test
    @DisplayName("an earlier checkout still being checked: a new one asks first; No keeps it off, Yes starts it")
    void confirmsWhileAnEarlierOneIsUnresolved() {
        // The earlier checkout: PayPay took the code but the answer was lost, and PayPay cannot be asked about it.
        sim.faults().add(FaultRule.next(1, Operation.CREATE_QR, FaultKind.COMMIT_THEN_FAIL));
        Checkout lost = engine.start(new ChargeRequest(2400, "Lunch", false));
        sim.faults().add(FaultRule.withProbability(1, Operation.GET_QR_PAYMENT, FaultKind.HTTP_503)
                .matching(lost.merchantPaymentId()));
        await().until(() -> !engine.unresolvedCheckouts().isEmpty());

        keyAndCharge("700");
        awaitShowing(robot, "#confirm-dialog");
        assertThat(fx(() -> robot.lookup("#confirm-dialog").queryAs(javafx.scene.control.DialogPane.class)
                .getContentText())).contains("¥2,400").contains("still being checked");
        screenshot(robot.lookup("#confirm-dialog").query().getScene(), "charge-unresolved-confirm");
        robot.clickOn("#confirm-no");
        awaitText(robot, "#charge-message", "No new checkout: an earlier one is still being checked (History,"
                + " Needs attention)");
        assertThat(sim.ledger().payments()).as("nothing new reached PayPay").hasSize(1);

        robot.clickOn("#charge-button");
        awaitShowing(robot, "#confirm-dialog");
        robot.clickOn("#confirm-yes");
        String codeId = codeIdOnScreen();
        assertThat(sim.ledger().payments()).hasSize(2);
        sim.payCode(codeId);
        awaitText(robot, "#state-headline", "Paid");
    }

    @Test
    @DisplayName("the customer declines: Payment declined, nothing charged")
    void declined() {
        String codeId = chargeUntilQr("500");
        String id = merchantPaymentIdOnScreen();
        sim.declineCode(codeId);
        awaitText(robot, "#state-headline", "Payment declined");
        awaitShowing(robot, "#done-button");
        screenshot(window.scene(), "e2e-declined");
        assertJournaled(id, PaymentState.FAILED);
    }

    @Test
    @DisplayName("the code expires (simulator and engine clocks moved together): Code expired, code deleted")
    void expired() {
        chargeUntilQr("700");
        String id = merchantPaymentIdOnScreen();
        clock.advance(Duration.ofSeconds(301));
        awaitText(robot, "#state-headline", "Code expired");
        awaitShowing(robot, "#new-code-button");
        screenshot(window.scene(), "e2e-expired");
        assertJournaled(id, PaymentState.EXPIRED);
    }

    @Test
    @DisplayName("Cancel before the customer pays: back to the keypad, journaled as abandoned, nothing charged")
    void cancel() {
        chargeUntilQr("900");
        String id = merchantPaymentIdOnScreen();
        robot.clickOn("#cancel-button");
        awaitShowing(robot, "#charge-view");
        assertJournaled(id, PaymentState.ABANDONED);
        assertThat(sim.ledger().payment(id).orElseThrow().acceptedAt()).isNull();
        screenshot(window.scene(), "e2e-cancelled");
    }
}
