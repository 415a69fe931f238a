package dev.kaikei.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.simulator.FaultKind;
import dev.kaikei.simulator.FaultRule;
import dev.kaikei.simulator.Operation;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The follow-ups × every fault: the answer to a refund, cancel, capture or revert (or the resolver's cancel of an
 * unpaid code) is lost — after PayPay carried it out, or before PayPay saw it — and then the follow-up's own calls (the
 * lookup and any re-send) meet each fault the simulator injects, refusals (429, 401, THROTTLED_*) included. Only a
 * lookup may decide that the first request did not happen, so every operation ends done exactly once, and the journal
 * agrees with PayPay's books.
 */
@DisplayName("follow-up fault matrix: an operation whose answer was lost ends done exactly once")
class FollowUpFaultMatrixTest extends EngineFixture {

    /** Which follow-up is exercised: the money call whose answer is lost, and the calls its follow-up makes. */
    enum FollowUp {
        REFUND(Operation.REFUND, Operation.REFUND, Operation.GET_REFUND),
        CANCEL(Operation.CANCEL_PAYMENT, Operation.CANCEL_PAYMENT, Operation.GET_QR_PAYMENT),
        CAPTURE(Operation.CAPTURE, Operation.CAPTURE, Operation.GET_QR_PAYMENT),
        REVERT(Operation.REVERT, Operation.REVERT, Operation.GET_QR_PAYMENT),
        /** An abandoned code whose delete went unanswered: the resolver cancels the payment id instead. */
        RESOLVER_CANCEL(Operation.CANCEL_PAYMENT, Operation.CANCEL_PAYMENT, Operation.GET_QR_PAYMENT);

        final Operation lost;
        final List<Operation> followUpCalls;

        FollowUp(Operation lost, Operation... followUpCalls) {
            this.lost = lost;
            this.followUpCalls = List.of(followUpCalls);
        }
    }

    static final Set<FaultKind> FAULTS = EnumSet.complementOf(EnumSet.of(FaultKind.LATENCY));

    static Stream<Arguments> matrix() {
        return Stream.of(FollowUp.values()).flatMap(f -> FAULTS.stream().map(k -> Arguments.of(f, k)));
    }

    @ParameterizedTest(name = "{0} follow-up × {1}")
    @MethodSource("matrix")
    void carriedOutStaysCarriedOut(FollowUp followUp, FaultKind kind) {
        String id = lostThenFollowedUp(followUp, kind, FaultKind.COMMIT_THEN_FAIL);
        // One request, carried out once: recorded as done, never as refused nor followed by a second one.
        assertThat(operations(id, followUp)).as("the %s PayPay carried out", followUp).isNotEmpty()
                .allMatch(o -> o.state() == OperationState.SUCCEEDED);
        assertJournalAgreesWithLedger();
    }

    /**
     * The other side: the request never reached PayPay (its 500 came before PayPay acted), and the follow-up's lookups
     * and re-sends meet the fault. The lookup that finally answers shows nothing was done, so the follow-up finishes
     * the cashier's request: done exactly once (a capture under a new id; the unseen one closed as not received).
     */
    @ParameterizedTest(name = "{0} follow-up × {1}")
    @MethodSource("matrix")
    void neverReceivedIsDoneOnce(FollowUp followUp, FaultKind kind) {
        String id = lostThenFollowedUp(followUp, kind, FaultKind.HTTP_500);
        List<OperationRecord> ops = operations(id, followUp);
        assertThat(ops).as("the %s operations", followUp)
                .filteredOn(o -> o.state() == OperationState.SUCCEEDED).hasSize(1);
        assertThat(ops).as("the %s operations", followUp).allMatch(o -> o.state().isFinal());
        assertJournalAgreesWithLedger();
    }

    /** Loses the first request's answer ({@code lost}), lets the follow-ups meet {@code kind}, reconciles to the end. */
    private String lostThenFollowedUp(FollowUp followUp, FaultKind kind, FaultKind lost) {
        String id = switch (followUp) {
            case REFUND, CANCEL -> paid(1000);
            case CAPTURE, REVERT -> authorized(1000);
            case RESOLVER_CANCEL -> awaiting(1000, false).merchantPaymentId();
        };
        if (followUp == FollowUp.RESOLVER_CANCEL) {
            // The delete is lost before PayPay sees it, so the resolver falls back to cancelling the payment id.
            sim.faults().add(FaultRule.next(1, Operation.DELETE_QR, FaultKind.HTTP_500));
        }
        // The request's answer is lost on the way back (PayPay did it, or never got it) ...
        sim.faults().add(FaultRule.next(1, followUp.lost, lost));
        // ... then the follow-up's lookups and re-sends meet the fault (a 429 is retried once by the client).
        for (Operation call : followUp.followUpCalls) {
            int calls = kind == FaultKind.NO_RESPONSE ? 1 : kind == FaultKind.RATE_LIMIT ? 4 : 2;
            FaultRule rule = FaultRule.next(calls, call, kind);
            sim.faults().add(kind == FaultKind.NO_RESPONSE ? rule.hold(HOLD) : rule);
        }

        switch (followUp) {
            case REFUND -> assertThat(engine.refund(id, 400, "follow-up test")).isNotInstanceOf(
                    ActionResult.Refused.class);
            case CANCEL -> assertThat(engine.cancel(id)).isNotInstanceOf(ActionResult.Refused.class);
            case CAPTURE -> assertThat(engine.capture(id, 900)).isNotInstanceOf(ActionResult.Refused.class);
            case REVERT -> assertThat(engine.revert(id, "follow-up test")).isNotInstanceOf(
                    ActionResult.Refused.class);
            case RESOLVER_CANCEL -> engine.checkout(id).orElseThrow().abandon();
        }
        // PayPay finishes refunds asynchronously (the simulator after 2 of its seconds): let time pass.
        reconcileUntilSettled(() -> clock.advance(Duration.ofSeconds(1)));

        PaymentState expected = switch (followUp) {
            case REFUND -> PaymentState.PARTIALLY_REFUNDED;
            case CANCEL -> PaymentState.CANCELED;
            case CAPTURE -> PaymentState.COMPLETED;
            case REVERT -> PaymentState.REVERTED;
            case RESOLVER_CANCEL -> PaymentState.ABANDONED;
        };
        assertThat(row(id).state()).as("payment after the %s follow-up met %s", followUp, kind).isEqualTo(expected);
        return id;
    }

    private List<OperationRecord> operations(String id, FollowUp followUp) {
        OperationKind opKind = switch (followUp) {
            case REFUND -> OperationKind.REFUND;
            case CANCEL, RESOLVER_CANCEL -> OperationKind.CANCEL;
            case CAPTURE -> OperationKind.CAPTURE;
            case REVERT -> OperationKind.REVERT;
        };
        return journal.operationsFor(id).stream().filter(o -> o.kind() == opKind).toList();
    }
}
