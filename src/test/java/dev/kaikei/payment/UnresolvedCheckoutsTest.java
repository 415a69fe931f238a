package dev.kaikei.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.simulator.FaultKind;
import dev.kaikei.simulator.FaultRule;
import dev.kaikei.simulator.Operation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the terminal's unresolved earlier checkouts, for the cashier's confirmation before a new one")
class UnresolvedCheckoutsTest extends EngineFixture {

    @Test
    @DisplayName("a checkout handed to the reconciler is listed until it settles; running and settled ones are not")
    void listedUntilSettled() {
        sim.faults().add(FaultRule.next(1, Operation.CREATE_QR, FaultKind.COMMIT_THEN_FAIL));
        sim.faults().add(FaultRule.next(10_000, Operation.GET_QR_PAYMENT, FaultKind.HTTP_503));
        Checkout lost = engine.start(new ChargeRequest(1500, "Lost answer", false));
        // After its resolution passes the checkout hands the row to the reconciler and keeps showing RESOLVING.
        waiting().until(() -> !engine.liveCheckouts().contains(lost));
        assertThat(lost.status().phase()).isEqualTo(CheckoutPhase.RESOLVING);
        assertThat(engine.unresolvedCheckouts()).extracting(PaymentSummary::merchantPaymentId)
                .containsExactly(lost.merchantPaymentId());

        sim.faults().clear();
        Checkout next = awaiting(700, false);
        assertThat(engine.unresolvedCheckouts()).extracting(PaymentSummary::merchantPaymentId)
                .as("the running checkout is on screen, not unresolved").containsExactly(lost.merchantPaymentId());
        next.abandon();
        awaitFinished(next);
        reconcileUntilSettled();
        assertThat(engine.unresolvedCheckouts()).isEmpty();
        assertJournalAgreesWithLedger();
    }
}
