package dev.kaikei.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.sale.QuickKey;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxPolicy;
import java.util.List;
import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.ui.common.QrView;
import dev.kaikei.ui.testing.FakeCheckout;
import dev.kaikei.ui.testing.FxViewTest;
import dev.kaikei.ui.testing.ImageDecoding;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The cashier window end to end (headless), in English, with one screen: keypad → QR → outcome → keypad. */
class MainWindowTest extends FxViewTest {

    private FakeCheckout chargeByKeypad() {
        robot.clickOn("#key-1").clickOn("#key-2").clickOn("#key-00");
        awaitText(robot, "#amount-display", "¥1,200");
        robot.clickOn("#charge-button");
        await().until(() -> service.checkouts().size() == 1);
        awaitShowing(robot, "#customer-view");
        return service.last();
    }

    private void showQr(FakeCheckout checkout) {
        checkout.awaiting(QR_URL, NOW.plusSeconds(287));
        await().until(() -> fx(() -> robot.lookup("#qr-view").queryAs(QrView.class).isShowingCode()));
    }

    @Test
    @DisplayName("keypad → ¥1,200 → Charge → QR decodable on screen → Paid ✓ → back to the keypad")
    void chargeAndPay() {
        assertThat(text(robot, "#charge-message")).isEqualTo("Enter an amount");
        robot.clickOn("#key-1").clickOn("#key-2").clickOn("#key-00");
        awaitText(robot, "#amount-display", "¥1,200");
        screenshot(window.scene(), "charge-en");

        robot.clickOn("#charge-button");
        await().until(() -> service.checkouts().size() == 1);
        assertThat(service.requests()).containsExactly(ChargeRequest.forSale(Sale.of(ServiceMode.EAT_IN,
                TaxPolicy.DEFAULT, QuickKey.DEFAULT_KEYPAD.line(1200)), List.of()));
        FakeCheckout checkout = service.last();
        awaitShowing(robot, "#customer-view");
        showQr(checkout);
        awaitText(robot, "#countdown", "Expires in 4:47");
        awaitText(robot, "#instruction", "Scan with the PayPay app");
        assertThat(text(robot, "#customer-amount")).isEqualTo("¥1,200");
        assertThat(showing(robot, "#training-band")).isTrue();
        WritableImage shot = screenshot(window.scene(), "checkout-awaiting-en");
        // Decode the QR from what is actually on screen (the code area of the snapshot), not the renderer's output.
        assertThat(ImageDecoding.decodeQr(crop(shot, "#code-area"))).isEqualTo(QR_URL);
        assertThat(fx(() -> robot.lookup("#qr-view").queryAs(QrView.class).imageView().isSmooth())).isFalse();

        checkout.phase(CheckoutPhase.PAID);
        awaitText(robot, "#state-headline", "Paid");
        awaitText(robot, "#outcome-mark", "✓");
        assertThat(showing(robot, "#qr-view")).isFalse();
        assertThat(sound.played()).containsExactly("paid");
        screenshot(window.scene(), "checkout-paid-en");

        awaitShowing(robot, "#charge-view");
        assertThat(text(robot, "#amount-display")).isEqualTo("¥0");
        assertThat(checkout.listenerCount()).isZero();
    }

    @Test
    @DisplayName("physical keyboard: digits and numpad, Backspace, Esc clears, Enter charges")
    void keyboard() {
        robot.type(KeyCode.DIGIT9, KeyCode.ESCAPE);
        awaitText(robot, "#amount-display", "¥0");
        robot.type(KeyCode.DIGIT1, KeyCode.NUMPAD2, KeyCode.DIGIT0, KeyCode.NUMPAD0, KeyCode.DIGIT7,
                KeyCode.BACK_SPACE);
        awaitText(robot, "#amount-display", "¥1,200");
        robot.type(KeyCode.ENTER);
        await().until(() -> service.requests().size() == 1);
        assertThat(service.requests().get(0).amountYen()).isEqualTo(1200);
        awaitShowing(robot, "#customer-view");
    }

    @Test
    @DisplayName("typing in the description does not change the amount; Enter there charges")
    void descriptionField() {
        robot.type(KeyCode.DIGIT5, KeyCode.DIGIT0);
        robot.clickOn("#description-field").write("Tea 2");
        awaitText(robot, "#amount-display", "¥50");
        robot.type(KeyCode.ENTER);
        await().until(() -> service.requests().size() == 1);
        assertThat(service.requests().get(0)).isEqualTo(new ChargeRequest(50, "Tea 2", false, Sale.of(
                ServiceMode.EAT_IN, TaxPolicy.DEFAULT, QuickKey.DEFAULT_KEYPAD.line(50)), List.of()));
    }

    @Test
    @DisplayName("declined: says so, stays, Back to keypad returns")
    void declined() {
        FakeCheckout checkout = chargeByKeypad();
        showQr(checkout);
        checkout.phase(CheckoutPhase.DECLINED, "Insufficient balance");
        awaitText(robot, "#state-headline", "Payment declined");
        awaitText(robot, "#outcome-mark", "✕");
        assertThat(text(robot, "#detail")).isEqualTo("Insufficient balance");
        awaitShowing(robot, "#done-button");
        screenshot(window.scene(), "checkout-declined-en");
        robot.clickOn("#done-button");
        awaitShowing(robot, "#charge-view");
    }

    @Test
    @DisplayName("expired: New code starts a new checkout for the same amount")
    void expiredNewCode() {
        FakeCheckout first = chargeByKeypad();
        showQr(first);
        first.phase(CheckoutPhase.EXPIRED);
        awaitText(robot, "#state-headline", "Code expired");
        awaitShowing(robot, "#new-code-button");
        screenshot(window.scene(), "checkout-expired-en");
        robot.clickOn("#new-code-button");
        await().until(() -> service.checkouts().size() == 2);
        assertThat(service.requests().get(1)).isEqualTo(service.requests().get(0));
        FakeCheckout second = service.last();
        await().until(() -> second.listenerCount() == 1);
        assertThat(first.listenerCount()).isZero();
        showQr(second);
        awaitText(robot, "#customer-amount", "¥1,200");
    }

    @Test
    @DisplayName("Cancel abandons the checkout; ABANDONED returns to the keypad")
    void cancel() {
        FakeCheckout checkout = chargeByKeypad();
        showQr(checkout);
        robot.clickOn("#cancel-button");
        await().until(() -> checkout.abandonCalls() == 1);
        checkout.phase(CheckoutPhase.ABANDONED);
        awaitShowing(robot, "#charge-view");
    }

    @Test
    @DisplayName("Esc on the checkout screen abandons too")
    void escapeCancels() {
        FakeCheckout checkout = chargeByKeypad();
        showQr(checkout);
        robot.type(KeyCode.ESCAPE);
        await().until(() -> checkout.abandonCalls() == 1);
    }

    @Test
    @DisplayName("resolving and offline: never shown as failed, banner visible")
    void resolvingOffline() {
        FakeCheckout checkout = chargeByKeypad();
        showQr(checkout);
        checkout.offline(true);
        checkout.phase(CheckoutPhase.RESOLVING);
        awaitText(robot, "#state-headline", "Checking with PayPay…");
        awaitShowing(robot, "#offline-banner");
        assertThat(showing(robot, "#outcome-mark")).isFalse();
        screenshot(window.scene(), "checkout-resolving-offline-en");
    }
}
