package dev.kaikei.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.ui.common.QrView;
import dev.kaikei.ui.testing.FakeCheckout;
import dev.kaikei.ui.testing.FxViewTest;
import dev.kaikei.ui.testing.ImageDecoding;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** With a second screen the customer display has its own stage and the cashier keeps a compact status view. */
class DualScreenTest extends FxViewTest {

    @Override
    protected boolean secondScreen() {
        return true;
    }

    @Test
    @DisplayName("QR on the customer stage, status and Cancel on the cashier's")
    void customerAndCashierScreens() {
        awaitShowing(robot, "#customer-idle");
        screenshot(customerStage.getScene(), "customer-idle-en");
        robot.type(KeyCode.DIGIT7, KeyCode.DIGIT5, KeyCode.DIGIT0, KeyCode.ENTER);
        await().until(() -> service.checkouts().size() == 1);
        FakeCheckout checkout = service.last();
        checkout.awaiting(QR_URL, NOW.plusSeconds(120));
        await().until(() -> fx(() -> robot.lookup("#qr-view").queryAs(QrView.class).isShowingCode()));

        awaitText(robot, "#status-amount", "¥750");
        awaitText(robot, "#status-state", "Waiting for payment");
        awaitText(robot, "#status-countdown", "Expires in 2:00");
        assertThat(fx(() -> window.scene().lookup("#qr-view"))).isNull();
        assertThat(fx(() -> customerStage.getScene().lookup("#cancel-button"))).isNull();
        screenshot(window.scene(), "cashier-status-en");
        assertThat(ImageDecoding.decodeQr(crop(screenshot(customerStage.getScene(), "customer-awaiting-en"), "#code-area")))
                .isEqualTo(QR_URL);

        robot.clickOn("#cancel-button");
        await().until(() -> checkout.abandonCalls() == 1);
        // The customer paid just before the cancel reached PayPay: the final phase is PAID, and it shows.
        checkout.phase(CheckoutPhase.PAID);
        awaitText(robot, "#status-state", "Paid");
        screenshot(window.scene(), "cashier-status-paid-after-cancel-en");
        awaitShowing(robot, "#charge-view");
        awaitShowing(robot, "#customer-idle");
    }
}
