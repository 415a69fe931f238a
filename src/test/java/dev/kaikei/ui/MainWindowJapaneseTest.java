package dev.kaikei.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.ui.common.QrView;
import dev.kaikei.ui.testing.FakeCheckout;
import dev.kaikei.ui.testing.FxViewTest;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The same window in Japanese: every visible string comes from the Japanese bundle. */
class MainWindowJapaneseTest extends FxViewTest {

    @Override
    protected Locale locale() {
        return Locale.JAPANESE;
    }

    @Test
    @DisplayName("会計 → PayPayアプリで読み取ってください → 支払い完了")
    void japaneseFlow() {
        assertThat(text(robot, "#charge-button")).isEqualTo("請求する");
        assertThat(text(robot, "#charge-message")).isEqualTo("金額を入力してください");
        assertThat(text(robot, "#nav-charge")).isEqualTo("会計");
        assertThat(text(robot, "#training-band")).isEqualTo("トレーニング（シミュレーター）");
        robot.type(KeyCode.DIGIT3, KeyCode.DIGIT8, KeyCode.DIGIT0);
        awaitText(robot, "#amount-display", "¥380");
        screenshot(window.scene(), "charge-ja");

        robot.clickOn("#charge-button");
        await().until(() -> service.checkouts().size() == 1);
        FakeCheckout checkout = service.last();
        checkout.awaiting(QR_URL, NOW.plusSeconds(300));
        await().until(() -> fx(() -> robot.lookup("#qr-view").queryAs(QrView.class).isShowingCode()));
        awaitText(robot, "#instruction", "PayPayアプリで読み取ってください");
        awaitText(robot, "#countdown", "有効期限 あと5:00");
        assertThat(text(robot, "#cancel-button")).isEqualTo("キャンセル");
        screenshot(window.scene(), "checkout-awaiting-ja");

        checkout.phase(CheckoutPhase.PAID);
        awaitText(robot, "#state-headline", "支払い完了");
        awaitText(robot, "#instruction", "ありがとうございました");
        screenshot(window.scene(), "checkout-paid-ja");
        awaitShowing(robot, "#charge-view");
    }

    @Test
    @DisplayName("12 digits: the keypad ignores the 12th and says the maximum")
    void maxDigits() {
        for (int i = 0; i < 12; i++) {
            robot.type(KeyCode.DIGIT9);
        }
        awaitText(robot, "#amount-display", "¥99,999,999,999");
        awaitText(robot, "#charge-message", "金額は最大11桁です（¥99,999,999,999）");
        screenshot(window.scene(), "charge-max-digits-ja");
    }
}
