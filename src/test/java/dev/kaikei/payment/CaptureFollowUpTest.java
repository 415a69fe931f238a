package dev.kaikei.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.CallEvent;
import dev.kaikei.journal.NewOperation;
import dev.kaikei.journal.OperationChange;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.model.CaptureRequest;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.simulator.FaultKind;
import dev.kaikei.simulator.FaultRule;
import dev.kaikei.simulator.Operation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Pre-auth capture when answers are lost, slow to show, or PayPay's books changed without this terminal. */
@DisplayName("pre-auth capture follow-ups and the reconciler's view of authorizations")
class CaptureFollowUpTest extends EngineFixture {

    private List<OperationRecord> captures(String id) {
        return journal.operationsFor(id).stream().filter(o -> o.kind() == OperationKind.CAPTURE).toList();
    }

    @Test
    @DisplayName("an unanswered capture is looked up several times, with backoff, before a new capture id is sent")
    void looksBeforeRecapturing() {
        String id = authorized(1000);
        sim.faults().add(FaultRule.next(1, Operation.CAPTURE, FaultKind.HTTP_500)); // lost before PayPay took it
        assertThat(engine.capture(id, 800)).isInstanceOf(ActionResult.Pending.class);
        reconcileUntilSettled();

        assertThat(row(id).state()).isEqualTo(PaymentState.COMPLETED);
        List<String> calls = journal.eventsFor(id).stream().map(CallEvent::operation)
                .filter(o -> o.equals("CAPTURE") || o.equals("GET_QR_PAYMENT_DETAILS")).toList();
        int first = calls.indexOf("CAPTURE");
        int second = calls.lastIndexOf("CAPTURE");
        assertThat(second).as("a second capture id was sent").isGreaterThan(first);
        assertThat(calls.subList(first + 1, second)).as("lookups in between")
                .hasSizeGreaterThanOrEqualTo(OperationFollowUps.CAPTURE_LOOKUPS)
                .containsOnly("GET_QR_PAYMENT_DETAILS");
        assertThat(captures(id)).extracting(OperationRecord::state)
                .containsExactly(OperationState.REJECTED, OperationState.SUCCEEDED);
        assertJournalAgreesWithLedger();
    }

    @Test
    @DisplayName("a cancel is refused while a capture is unresolved")
    void noCancelDuringCapture() {
        String id = authorized(1000);
        sim.faults().add(FaultRule.next(1, Operation.CAPTURE, FaultKind.COMMIT_THEN_FAIL));
        sim.faults().add(FaultRule.next(10_000, Operation.GET_QR_PAYMENT, FaultKind.HTTP_503));
        assertThat(engine.capture(id, 800)).isInstanceOf(ActionResult.Pending.class);
        assertThat(engine.actionsFor(id).cancel()).isFalse();
        assertThat(engine.cancel(id)).isInstanceOfSatisfying(ActionResult.Refused.class,
                r -> assertThat(r.message()).contains("CAPTURE").contains("still being confirmed"));
        sim.faults().clear();
        reconcileUntilSettled();
        assertThat(row(id).state()).isEqualTo(PaymentState.COMPLETED);
        assertJournalAgreesWithLedger();
    }

    @Test
    @DisplayName("the reconciler records an authorization PayPay shows captured (COMPLETED) without this terminal")
    void capturedElsewhere() {
        String id = authorized(1000);
        // Captured from another system (e.g. the merchant panel); this journal never sent it.
        assertThat(client.capture(CaptureRequest.of(id, "OTHER-CAPTURE-1", MoneyAmount.yen(600), "panel"))
                .isSuccess()).isTrue();
        reconcileUntilSettled();
        assertThat(row(id).state()).isEqualTo(PaymentState.COMPLETED);
        assertThat(row(id).capturedAmount()).isEqualTo(600);
        assertThat(row(id).attention()).contains("outside Kaikei");
        assertJournalAgreesWithLedger();
    }

    @Test
    @DisplayName("a capture closed as never received that PayPay shows completed after all is the capture")
    void closedCaptureShowsUpCompleted() {
        String id = authorized(900);
        // The engine gave up on this capture id as never received ...
        OperationRecord op = journal.insertOperation(NewOperation.capture(id, "LATE-CAPTURE-1", 900, "late"));
        journal.updateOperation(op.id(), OperationState.PENDING,
                OperationChange.to(OperationState.REJECTED).withResultCode("NOT_RECEIVED"));
        // ... and a slow gateway delivers it to PayPay after all.
        assertThat(client.capture(CaptureRequest.of(id, "LATE-CAPTURE-1", MoneyAmount.yen(900), "late"))
                .isSuccess()).isTrue();
        reconcileUntilSettled();
        assertThat(captures(id)).singleElement().satisfies(o -> assertThat(o.state())
                .isEqualTo(OperationState.SUCCEEDED));
        assertThat(row(id).state()).isEqualTo(PaymentState.COMPLETED);
        assertThat(row(id).attention()).isNull();
        assertJournalAgreesWithLedger();
    }
}
