package dev.kaikei.ui.acceptance;

import static dev.kaikei.ui.testing.Fx.awaitText;
import static dev.kaikei.ui.testing.Fx.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.CheckoutPhase;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Acceptance: the customer pays just as the cashier cancels")
class CancelRaceAcceptanceTest extends EngineScreensTest {

    /** Slow polling, so the engine cannot see the payment before the cashier's Cancel. */
    @Override
    protected Duration pollInterval() {
        return Duration.ofSeconds(20);
    }

    @Test
    @DisplayName("paid at the simulator, Cancel pressed before the next poll: the screen says Paid, the journal too")
    void cancelButPaid() {
        keyAndCharge("1500");
        String codeId = codeIdOnScreen();
        String id = merchantPaymentIdOnScreen();
        sim.payCode(codeId);
        assertThat(window.checkout().orElseThrow().checkout().status().phase())
                .isEqualTo(CheckoutPhase.AWAITING_PAYMENT);
        robot.clickOn("#cancel-button");
        awaitText(robot, "#state-headline", "Paid");
        screenshot(window.scene(), "e2e-cancel-but-paid");
        assertJournaled(id, PaymentState.COMPLETED);
        assertThat(sim.ledger().payment(id).orElseThrow().status()).isEqualTo("COMPLETED");
    }
}
