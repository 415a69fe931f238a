package dev.kaikei.ui.acceptance;

import static dev.kaikei.ui.testing.Fx.awaitShowing;
import static dev.kaikei.ui.testing.Fx.awaitText;
import static dev.kaikei.ui.testing.Fx.fx;
import static dev.kaikei.ui.testing.Fx.screenshot;
import static dev.kaikei.ui.testing.Fx.showing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.journal.PaymentState;
import dev.kaikei.simulator.Ledger;
import dev.kaikei.ui.common.QrView;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Acceptance: pre-authorization, then capture or release from History with the manager PIN")
class PreAuthAcceptanceTest extends EngineScreensTest {

    @Override
    protected boolean preAuth() {
        return true;
    }

    @Override
    protected Duration autoReturn() {
        return Duration.ofMillis(300);
    }

    @Test
    @DisplayName("Pre-authorize on the keypad → customer pays → Authorized; capture ¥1,500 of ¥2,000 in History")
    void capture() {
        robot.clickOn("#key-2").clickOn("#key-00").clickOn("#key-0");
        robot.clickOn("#pre-authorize-button");
        String codeId = codeIdOnScreen();
        String id = merchantPaymentIdOnScreen();
        await().until(() -> fx(() -> robot.lookup("#qr-view").queryAs(QrView.class).isShowingCode()));
        sim.payCode(codeId);
        awaitText(robot, "#state-headline", "Authorized (capture later)");
        assertJournaled(id, PaymentState.AUTHORIZED);
        awaitShowing(robot, "#charge-view");

        openDetail("¥2,000");
        awaitText(robot, "#detail-state", "Authorized");
        assertThat(showing(robot, "#revert-button")).isTrue();
        assertThat(showing(robot, "#refund-button")).isFalse();
        typeAmount("#capture-amount", "1500");
        robot.clickOn("#capture-button");
        enterPin(PIN);
        await().until(() -> !sim.ledger().captures().isEmpty());
        Ledger.Capture capture = sim.ledger().captures().get(0);
        assertThat(capture.merchantPaymentId()).isEqualTo(id);
        assertThat(capture.amount()).isEqualTo(1500);
        awaitText(robot, "#detail-state", "Paid");
        assertJournaled(id, PaymentState.COMPLETED);
        screenshot(window.scene(), "e2e-preauth-captured");
    }

    @Test
    @DisplayName("an authorization released (reverted) from History charges nothing")
    void revert() {
        String id = paidPayment(800, "Deposit", true);
        openDetail("¥800");
        awaitShowing(robot, "#revert-button");
        robot.clickOn("#revert-button");
        enterPin(PIN);
        await().until(() -> !sim.ledger().reverts().isEmpty());
        assertThat(sim.ledger().reverts().get(0).merchantPaymentId()).isEqualTo(id);
        awaitText(robot, "#detail-state", "Released");
        assertJournaled(id, PaymentState.REVERTED);
        assertThat(sim.ledger().captures()).isEmpty();
        screenshot(window.scene(), "e2e-preauth-released");
    }
}
