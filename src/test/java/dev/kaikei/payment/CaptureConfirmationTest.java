package dev.kaikei.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kaikei.journal.CallEvent;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.simulator.FaultKind;
import dev.kaikei.simulator.FaultRule;
import dev.kaikei.simulator.Operation;
import dev.kaikei.simulator.SimulatorOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A capture above PayPay's allowed limit is answered 202 USER_CONFIRMATION_REQUIRED and waits for the customer to
 * confirm it in the app: the engine keeps it pending (neither captured nor failed) and follows it up until PayPay shows
 * it captured, or shows the authorization as before (declined, or not confirmed in time).
 */
@DisplayName("capture answered 202 USER_CONFIRMATION_REQUIRED")
class CaptureConfirmationTest extends EngineFixture {

    /** This merchant's allowed limit at the simulator: captures above it need the customer's confirmation. */
    private static final long LIMIT = 500;

    @Override
    SimulatorOptions.Builder simulatorOptions() {
        return super.simulatorOptions().captureConfirmationLimit(LIMIT);
    }

    /** Follows up for 100 passes (≤ 200 ms apart), so the customer answers while the engine itself still looks. */
    @Override
    PaymentEngine newEngine() {
        EngineSettings s = settings();
        return new PaymentEngine(client, journal, new MerchantIds("T1", clock), s.withTimings(s.pollInterval(),
                s.pollJitter(), s.maxPollInterval(), s.retryDelay(), s.maxRetryDelay(), 50, s.reconcileInterval()),
                clock, EngineExecutors.shared(executor));
    }

    @Test
    @DisplayName("the reconciler follows an authorization PayPay shows REAUTHORIZING for a capture id of ours")
    void reconcilerFollowsReauthorizing() {
        String id = authorized(1000);
        // A capture this journal closed too early (an older Kaikei, say) that PayPay holds for the customer.
        OperationRecord op = journal.insertOperation(dev.kaikei.journal.NewOperation.capture(id, "HELD-CAPTURE-1",
                900, "held"));
        journal.updateOperation(op.id(), OperationState.PENDING,
                dev.kaikei.journal.OperationChange.to(OperationState.REJECTED).withResultCode("NOT_RECEIVED"));
        assertThat(client.capture(dev.kaikei.opa.model.CaptureRequest.of(id, "HELD-CAPTURE-1",
                dev.kaikei.opa.model.MoneyAmount.yen(900), "held")).isSuccess()).isTrue(); // 202: waits for her
        engine.reconcileNow();
        assertThat(op("HELD-CAPTURE-1").state()).isEqualTo(OperationState.ACCEPTED);
        assertThat(engine.actionsFor(id).cancel()).as("no cancel while a capture waits").isFalse();

        sim.confirmCapture(id);
        reconcileUntilSettled();
        assertThat(op("HELD-CAPTURE-1").state()).isEqualTo(OperationState.SUCCEEDED);
        assertThat(row(id).state()).isEqualTo(PaymentState.COMPLETED);
        assertJournalAgreesWithLedger();
    }

    @Test
    @DisplayName("is pending until the customer confirms, then the engine's follow-up records it captured")
    void confirmed() {
        String id = authorized(1000);
        ActionResult r = engine.capture(id, 900);
        assertThat(r).isInstanceOf(ActionResult.Pending.class);
        String captureId = ((ActionResult.Pending) r).merchantOperationId();
        assertThat(journal.eventsFor(id)).filteredOn(e -> e.operation().equals("CAPTURE"))
                .extracting(CallEvent::httpStatus, CallEvent::resultCode)
                .containsExactly(tuple(202, "USER_CONFIRMATION_REQUIRED"));
        awaitFollowUps(id, captureId, 2);
        assertPending(id, captureId);

        sim.confirmCapture(id);

        waiting().untilAsserted(() -> assertThat(op(captureId).state()).isEqualTo(OperationState.SUCCEEDED));
        assertThat(op(captureId).paypayStatus()).isEqualTo("COMPLETED");
        PaymentRecord p = row(id);
        assertThat(p.state()).isEqualTo(PaymentState.COMPLETED);
        assertThat(p.capturedAmount()).isEqualTo(900);
        assertJournalAgreesWithLedger();
    }

    @Test
    @DisplayName("never confirmed, it lapses at PayPay: closed as not confirmed, the authorization is usable again")
    void neverConfirmed() {
        String id = authorized(1000);
        String captureId = ((ActionResult.Pending) engine.capture(id, 900)).merchantOperationId();
        awaitFollowUps(id, captureId, 2);
        assertPending(id, captureId);

        clock.advance(Duration.ofSeconds(301)); // the customer's five minutes to confirm pass

        assertNotConfirmed(id, captureId);
        ActionResult again = engine.capture(id, LIMIT);
        assertThat(again).isInstanceOf(ActionResult.Done.class);
        assertThat(row(id).state()).isEqualTo(PaymentState.COMPLETED);
        assertThat(row(id).capturedAmount()).isEqualTo(LIMIT);
        assertJournalAgreesWithLedger();
    }

    @Test
    @DisplayName("declined by the customer: closed as not confirmed, nothing captured")
    void declined() {
        String id = authorized(1000);
        String captureId = ((ActionResult.Pending) engine.capture(id, 900)).merchantOperationId();
        awaitFollowUps(id, captureId, 1);
        assertPending(id, captureId);

        sim.declineCapture(id);

        assertNotConfirmed(id, captureId);
        assertJournalAgreesWithLedger();
    }

    @Test
    @DisplayName("when the 202 itself is lost, the follow-up finds the capture waiting and keeps it pending")
    void answerLost() {
        String id = authorized(1000);
        sim.faults().add(FaultRule.next(1, Operation.CAPTURE, FaultKind.COMMIT_THEN_FAIL));
        ActionResult r = engine.capture(id, 900);
        assertThat(r).isInstanceOf(ActionResult.Pending.class);
        String captureId = ((ActionResult.Pending) r).merchantOperationId();
        waiting().untilAsserted(() -> assertThat(op(captureId).state()).isEqualTo(OperationState.ACCEPTED));
        awaitFollowUps(id, captureId, 2);
        assertPending(id, captureId);

        sim.confirmCapture(id);

        waiting().untilAsserted(() -> assertThat(op(captureId).state()).isEqualTo(OperationState.SUCCEEDED));
        assertThat(row(id).capturedAmount()).isEqualTo(900);
        assertJournalAgreesWithLedger();
    }

    private OperationRecord op(String merchantCaptureId) {
        return journal.findOperationByMerchantId(merchantCaptureId).orElseThrow();
    }

    /**
     * Waits until the engine has looked at the payment {@code passes} times since the (last) capture request, or has
     * (wrongly, before the customer answered) closed the capture.
     */
    private void awaitFollowUps(String id, String captureId, int passes) {
        waiting().until(() -> {
            List<String> calls = journal.eventsFor(id).stream().map(CallEvent::operation).toList();
            return op(captureId).state().isFinal() || calls.subList(calls.lastIndexOf("CAPTURE") + 1, calls.size())
                    .stream().filter("GET_QR_PAYMENT_DETAILS"::equals).count() >= passes;
        });
    }

    /** Waiting for the customer: not captured, not failed, and nothing else can be done to the payment meanwhile. */
    private void assertPending(String id, String captureId) {
        OperationRecord op = op(captureId);
        assertThat(op.state()).isEqualTo(OperationState.ACCEPTED);
        assertThat(op.paypayStatus()).isEqualTo("REAUTHORIZING");
        PaymentRecord p = row(id);
        assertThat(p.state()).isEqualTo(PaymentState.AUTHORIZED);
        assertThat(p.capturedAmount()).isZero();
        assertThat(journal.nonFinalOperations()).extracting(OperationRecord::merchantOperationId)
                .containsExactly(captureId);
        assertThat(engine.actionsFor(id)).extracting(ActionOptions::capture, ActionOptions::revert,
                ActionOptions::cancel).containsExactly(false, false, false);
        assertThat(sim.ledger().payment(id).orElseThrow().status()).isEqualTo("REAUTHORIZING");
        assertThat(sim.ledger().captures()).isEmpty();
    }

    private void assertNotConfirmed(String id, String captureId) {
        waiting().untilAsserted(() -> assertThat(op(captureId).state()).isEqualTo(OperationState.REJECTED));
        assertThat(op(captureId).resultCode()).isEqualTo(OperationFollowUps.NOT_CONFIRMED);
        PaymentRecord p = row(id);
        assertThat(p.state()).isEqualTo(PaymentState.AUTHORIZED);
        assertThat(p.capturedAmount()).isZero();
        assertThat(sim.ledger().captures()).isEmpty();
        assertThat(engine.actionsFor(id)).extracting(ActionOptions::capture, ActionOptions::revert)
                .containsExactly(true, true);
    }
}
