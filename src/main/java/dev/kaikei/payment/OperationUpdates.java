package dev.kaikei.payment;

import dev.kaikei.journal.Journal;
import dev.kaikei.journal.OperationChange;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.OpaResult;
import dev.kaikei.opa.model.RefundDetails;
import dev.kaikei.opa.model.RefundStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * Writes what PayPay said about an operation into the journal: the operation's new state and, in the same
 * transaction, what it did to the payment (refunded, captured, reverted, cancelled). Shared by the first send of an
 * action and its follow-ups, so both record an answer the same way.
 */
final class OperationUpdates {

    /** Operation states whose outcome is still open. */
    static final Set<OperationState> OPEN = EnumSet.of(OperationState.PENDING, OperationState.ACCEPTED,
            OperationState.UNKNOWN);

    private final Journal journal;

    OperationUpdates(Journal journal) {
        this.journal = journal;
    }

    /** Sets an open operation's state; returns the row as it now is (unchanged if another thread settled it). */
    OperationRecord update(OperationRecord op, OperationState state, String paypayStatus, OpaResult<?> r,
                           PaymentChange payment, String resultCode) {
        return change(op, OPEN, state, paypayStatus, r, payment, resultCode);
    }

    /**
     * As {@link #update}, from any of {@code from}: used to correct an operation a lookup proved wrong (e.g. a capture
     * closed as never received that PayPay shows completed after all).
     */
    OperationRecord change(OperationRecord op, Set<OperationState> from, OperationState state, String paypayStatus,
                           OpaResult<?> r, PaymentChange payment, String resultCode) {
        String code = resultCode != null ? resultCode : r == null ? null : r.code();
        String requestId = r == null ? null : r.requestId();
        return journal.updateOperation(op.id(), from, new OperationChange(state, paypayStatus, code, requestId,
                        payment))
                .orElseGet(() -> journal.findOperation(op.id()).orElseThrow());
    }

    /** Keeps an operation open after an answer that settles nothing (unknown, or a refusal of a re-send). */
    OperationRecord stillOpen(OperationRecord op, OpaResult<?> r) {
        OperationState state = op.state() == OperationState.ACCEPTED ? OperationState.ACCEPTED : OperationState.UNKNOWN;
        return update(op, state, null, r, null, null);
    }

    /**
     * A refund PayPay reported (from the refund call or its lookup): REFUNDED is done, REFUND_FAILED did not happen,
     * anything else (CREATED) is accepted and followed until it finishes.
     */
    OperationRecord refundReported(OperationRecord op, PaymentRecord p, OpaResult<RefundDetails> r,
                                   RefundDetails refund) {
        RefundStatus status = refund.status();
        if (status == RefundStatus.REFUNDED) {
            PaymentState state = op.amount() >= paid(p) ? PaymentState.REFUNDED
                    : PaymentState.PARTIALLY_REFUNDED;
            return update(op, OperationState.SUCCEEDED, "REFUNDED", r, PaymentChange.to(state)
                    .withPaypayStatus(state == PaymentState.REFUNDED ? "REFUNDED" : p.paypayStatus()), null);
        }
        if (status == RefundStatus.REFUND_FAILED) {
            return update(op, OperationState.REJECTED, status.name(), r, null, null);
        }
        return update(op, OperationState.ACCEPTED, String.valueOf(status), r, null, null);
    }

    /** What the customer paid: the captured amount for a pre-auth, else the amount. */
    static long paid(PaymentRecord p) {
        return p.kind().isPreAuth() ? p.capturedAmount() : p.amount();
    }

    /** The capture is done: the payment is COMPLETED for the captured amount (the journal sums succeeded captures). */
    OperationRecord captured(OperationRecord op, OpaResult<?> r) {
        return change(op, OPEN, OperationState.SUCCEEDED, "COMPLETED", r,
                PaymentChange.to(PaymentState.COMPLETED).withPaypayStatus("COMPLETED"), null);
    }

    OperationRecord reverted(OperationRecord op, OpaResult<?> r) {
        return update(op, OperationState.SUCCEEDED, "CANCELED", r,
                PaymentChange.to(PaymentState.REVERTED).withPaypayStatus("CANCELED"), null);
    }

    /** PayPay shows the payment FAILED after our cancel: the money goes back. */
    OperationRecord cancelled(OperationRecord op, PaymentRecord p, OpaResult<?> r) {
        boolean paid = p.state() == PaymentState.COMPLETED || p.state() == PaymentState.AUTHORIZED;
        return update(op, OperationState.SUCCEEDED, "FAILED", r,
                paid ? PaymentChange.to(PaymentState.CANCELED).withPaypayStatus("FAILED") : null, null);
    }
}
