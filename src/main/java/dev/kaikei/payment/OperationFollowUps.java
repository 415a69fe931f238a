package dev.kaikei.payment;

import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewOperation;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.OpaResult;
import dev.kaikei.opa.model.CaptureDetails;
import dev.kaikei.opa.model.CaptureStatus;
import dev.kaikei.opa.model.NoContent;
import dev.kaikei.opa.model.PaymentDetails;
import dev.kaikei.opa.model.PaymentStatus;
import dev.kaikei.opa.model.RefundDetails;
import dev.kaikei.opa.model.RevertResult;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows up an operation whose outcome is open — PENDING after a crash, UNKNOWN after a lost answer, ACCEPTED while
 * PayPay finishes it — one pass at a time, until PayPay's own records settle it.
 *
 * <p>The rule: the request may already have reached PayPay, so the answer to a re-send never closes the operation as
 * "did not happen" by itself. A refusal of a re-send (429, 401, {@code THROTTLED_*}, a 5xx) only says this copy was not
 * carried out. Only a lookup closes it: the refund lookup's {@code NO_SUCH_REFUND_ORDER}, or the payment's status
 * showing what became of a cancel, capture or revert.
 */
final class OperationFollowUps {

    private static final Logger LOG = LoggerFactory.getLogger(OperationFollowUps.class);
    /** The order's status while a capture waits for the customer's confirmation (202 USER_CONFIRMATION_REQUIRED). */
    private static final String REAUTHORIZING = PaymentStatus.REAUTHORIZING.name();
    /** Result code of a capture the customer declined or let lapse. */
    static final String NOT_CONFIRMED = "NOT_CONFIRMED";
    /**
     * How many lookups must show no capture before an unanswered capture is taken as never received and sent again
     * under a new id: PayPay may show a capture a moment after it took it.
     */
    static final int CAPTURE_LOOKUPS = 3;

    private final EngineContext ctx;
    private final OperationUpdates updates;
    /** Per capture operation: lookups in a row that showed no capture (kept in memory; a restart only looks more). */
    private final Map<Long, Integer> captureNotSeen = new ConcurrentHashMap<>();

    OperationFollowUps(EngineContext ctx, OperationUpdates updates) {
        this.ctx = ctx;
        this.updates = updates;
    }

    private Journal journal() {
        return ctx.journal();
    }

    /**
     * One follow-up pass. Returns the operation to keep following: this one, or the capture that replaced it; final
     * when done. The operation is re-read first: another thread may have settled it since it was listed.
     */
    OperationRecord followUpOnce(OperationRecord listed) {
        OperationRecord op = journal().findOperation(listed.id()).orElse(listed);
        if (op.state().isFinal()) {
            return op;
        }
        PaymentRecord p = journal().findPayment(op.merchantPaymentId()).orElseThrow(
                () -> new IllegalArgumentException("no payment " + op.merchantPaymentId() + " in the journal"));
        return switch (op.kind()) {
            case REFUND -> followRefund(op, p);
            case CANCEL -> followCancel(op, p);
            case CAPTURE -> followCapture(op, p);
            case REVERT -> followRevert(op, p);
            case DELETE_CODE -> updates.update(op, OperationState.SUCCEEDED, null, null, null, null);
        };
    }

    // ---------------------------------------------------------------- refund

    private OperationRecord followRefund(OperationRecord op, PaymentRecord p) {
        OpaResult<RefundDetails> lookup = ctx.calls().refundDetails(p.merchantPaymentId(), op.merchantOperationId(),
                p.paypayPaymentId());
        if (lookup instanceof OpaResult.Success<RefundDetails> s && s.data() != null) {
            return updates.refundReported(op, p, lookup, s.data());
        }
        if (!(lookup instanceof OpaResult.Rejected<RefundDetails> none
                && PayPayCalls.NO_SUCH_REFUND.equals(none.code()))) {
            return op; // PayPay could not say: look again later
        }
        // PayPay holds no refund under this id: sending it again with the same id is safe (PayPay answers a known id
        // with the earlier result), and finishes what the cashier asked for.
        OpaResult<RefundDetails> r = ctx.calls().refund(p.merchantPaymentId(), op.merchantOperationId(),
                p.paypayPaymentId(), op.amount(), op.reason());
        if (r instanceof OpaResult.Success<RefundDetails> s && s.data() != null) {
            return updates.refundReported(op, p, r, s.data());
        }
        if (r instanceof OpaResult.Rejected<RefundDetails> rej && !rej.isTransient()) {
            // The lookup found no such refund and PayPay refuses it for good: it did not happen.
            return updates.update(op, OperationState.REJECTED, null, r, null, null);
        }
        return updates.stillOpen(op, r);
    }

    // ---------------------------------------------------------------- cancel

    private OperationRecord followCancel(OperationRecord op, PaymentRecord p) {
        if (PaymentResolver.OPEN.contains(p.state())) {
            return op; // a resolver's cancel: the payment's resolution finishes it
        }
        if (!p.state().wasPaid() && p.state() != PaymentState.AUTHORIZED) {
            return closeMootCancel(op, p);
        }
        Optional<PaymentStatus> status = status(ctx.calls().details(p));
        if (status.isEmpty()) {
            return op; // PayPay could not say: look again later
        }
        if (status.get() == PaymentStatus.FAILED) {
            return updates.cancelled(op, p, null);
        }
        boolean paidPayment = p.state() == PaymentState.COMPLETED || p.state() == PaymentState.AUTHORIZED;
        if (!paidPayment || status.get() != PaymentStatus.COMPLETED && status.get() != PaymentStatus.AUTHORIZED) {
            // PayPay shows the payment ended some other way (refunded, reverted, expired): the cancel did not apply.
            return updates.update(op, OperationState.REJECTED, status.get().name(), null, null, "NOT_CANCELLED");
        }
        if (op.state() == OperationState.ACCEPTED) {
            return op; // PayPay took it and applies it: wait for the status to show FAILED
        }
        Instant since = p.acceptedAt() != null ? p.acceptedAt() : p.createdAt();
        if (!CancelWindow.isOpen(since, ctx.clock().instant())) {
            // PayPay still shows it paid and the window has closed: the cancel did not happen, nor can it now.
            journal().transition(p.merchantPaymentId(), p.state(), PaymentChange.keepState().withAttention(
                    "A cancel was not confirmed before the cancel window closed: check PayPay, refund if needed"));
            return updates.update(op, OperationState.REJECTED, status.get().name(), null, null, "WINDOW_CLOSED");
        }
        // PayPay shows no cancel yet: it may never have arrived. A cancel is safe to send again.
        OpaResult<NoContent> r = ctx.calls().cancel(p.merchantPaymentId());
        if (r.isSuccess()) {
            return confirmCancel(updates.update(op, OperationState.ACCEPTED, null, r, null, null), p);
        }
        if (r instanceof OpaResult.Rejected<NoContent> rej && !rej.isTransient()) {
            // Refused for good: the payment's status decides whether the first one went through.
            Optional<PaymentStatus> after = status(ctx.calls().details(p));
            if (after.isPresent()) {
                return after.get() == PaymentStatus.FAILED ? updates.cancelled(op, p, r)
                        : updates.update(op, OperationState.REJECTED, after.get().name(), r, null, null);
            }
        }
        return updates.stillOpen(op, r);
    }

    /**
     * A resolver's cancel left open on a payment a lookup has since settled as unpaid (its code deleted or expired):
     * whether PayPay holds it or not, no money can move any more. It is sent again to close it with PayPay's answer.
     */
    private OperationRecord closeMootCancel(OperationRecord op, PaymentRecord p) {
        OpaResult<NoContent> r = ctx.calls().cancel(p.merchantPaymentId());
        if (r.isSuccess()) {
            return updates.update(op, OperationState.SUCCEEDED, null, r, null, null);
        }
        return r instanceof OpaResult.Rejected<NoContent> rej && !rej.isTransient()
                ? updates.update(op, OperationState.REJECTED, null, r, null, null) : updates.stillOpen(op, r);
    }

    /** After PayPay accepted a cancel: done when PayPay shows the payment FAILED. */
    OperationRecord confirmCancel(OperationRecord op, PaymentRecord p) {
        OpaResult<PaymentDetails> d = ctx.calls().details(p);
        return status(d).filter(s -> s == PaymentStatus.FAILED).isPresent() ? updates.cancelled(op, p, d) : op;
    }

    // ---------------------------------------------------------------- capture

    private OperationRecord followCapture(OperationRecord op, PaymentRecord p) {
        OpaResult<PaymentDetails> d = ctx.calls().details(p);
        if (!(d instanceof OpaResult.Success<PaymentDetails> s) || s.data() == null || s.data().status() == null) {
            return op;
        }
        PaymentDetails details = s.data();
        Map<String, OperationRecord> ours = journal().operationsFor(p.merchantPaymentId()).stream()
                .filter(o -> o.kind() == OperationKind.CAPTURE)
                .collect(Collectors.toMap(OperationRecord::merchantOperationId, o -> o));
        Optional<CaptureDetails> completed = details.captures().stream()
                .filter(c -> c.status() == CaptureStatus.COMPLETED && ours.containsKey(c.merchantCaptureId()))
                .findFirst();
        if (completed.isPresent()) {
            captureNotSeen.remove(op.id());
            OperationRecord done = ours.get(completed.get().merchantCaptureId());
            if (done.id() == op.id()) {
                return updates.captured(op, d);
            }
            // An earlier capture of ours went through after all (it was only slow to show): that one is the capture,
            // this one did not happen.
            LOG.info("Capture {} of {} completed after all; {} was not needed", done.merchantOperationId(),
                    p.merchantPaymentId(), op.merchantOperationId());
            updates.change(done, EnumSet.allOf(OperationState.class), OperationState.SUCCEEDED, "COMPLETED", d,
                    PaymentChange.to(PaymentState.COMPLETED).withPaypayStatus("COMPLETED"), null);
            return updates.update(op, OperationState.REJECTED, details.status().name(), d, null, "ALREADY_CAPTURED");
        }
        boolean waitsForCustomer = details.status() == PaymentStatus.REAUTHORIZING
                || details.captures().stream().anyMatch(c -> op.merchantOperationId().equals(c.merchantCaptureId()));
        if (waitsForCustomer) {
            captureNotSeen.remove(op.id());
            boolean ownHeld = details.captures().stream().anyMatch(c -> op.merchantOperationId()
                    .equals(c.merchantCaptureId())) || op.state() == OperationState.ACCEPTED;
            if (!ownHeld) {
                return op; // another capture waits for the customer: look again when it has settled
            }
            // PayPay holds our capture (USER_REQUESTED, order REAUTHORIZING) until the customer confirms the amount
            // in the app: not captured yet, not failed. Recorded so that its lapse can be told apart below.
            return op.state() == OperationState.ACCEPTED && REAUTHORIZING.equals(op.paypayStatus()) ? op
                    : updates.update(op, OperationState.ACCEPTED, REAUTHORIZING, d, null, null);
        }
        if (details.status() != PaymentStatus.AUTHORIZED) {
            // Captured under an id that is not ours, expired, reverted or cancelled: this capture did not happen.
            return updates.update(op, OperationState.REJECTED, details.status().name(), d, null, "NOT_CAPTURED");
        }
        if (op.state() == OperationState.ACCEPTED) {
            if (REAUTHORIZING.equals(op.paypayStatus())) {
                // PayPay held it for the customer and now shows the authorization as before: the customer declined
                // or did not confirm in time. Nothing was captured; capture again or revert.
                return updates.update(op, OperationState.REJECTED, details.status().name(), d, null, NOT_CONFIRMED);
            }
            return op; // accepted, and PayPay has not shown it held for the customer yet: keep waiting
        }
        int notSeen = captureNotSeen.merge(op.id(), 1, Integer::sum);
        if (notSeen < CAPTURE_LOOKUPS) {
            return op; // it may just not show yet: look again after the follow-up's backoff
        }
        captureNotSeen.remove(op.id());
        return recapture(op, p, d);
    }

    /**
     * PayPay never got the capture: per the spec, capture again under a NEW merchantCaptureId, journaled before the old
     * one is closed, so the journal never shows this capture as settled in between.
     */
    private OperationRecord recapture(OperationRecord op, PaymentRecord p, OpaResult<PaymentDetails> d) {
        Optional<OperationRecord> retry = journal().insertOperation(NewOperation.capture(p.merchantPaymentId(),
                ctx.ids().next(MerchantIds.Kind.CAPTURE), op.amount(), op.reason()), EnumSet.of(PaymentState.AUTHORIZED));
        OperationRecord closed = updates.update(op, OperationState.REJECTED, null, d, null, "NOT_RECEIVED");
        if (retry.isEmpty()) {
            return closed;
        }
        LOG.info("Capture {} never reached PayPay; retrying as {}", op.merchantOperationId(),
                retry.get().merchantOperationId());
        OperationRecord next = retry.get();
        OpaResult<PaymentDetails> r = ctx.calls().capture(p.merchantPaymentId(), next.merchantOperationId(),
                next.amount(), next.reason() == null ? PaymentActions.captureDescription(p) : next.reason());
        if (r instanceof OpaResult.Rejected<PaymentDetails> rej && rej.isTransient()) {
            // "Not now" (429, 401, THROTTLED_*), and no cashier waits to try again: the capture stays open and its
            // follow-up captures again later, so the cashier's capture is never dropped.
            return updates.stillOpen(next, r);
        }
        return captureAnswered(next, r, true);
    }

    /**
     * The answer to a capture request. A capture counts only when PayPay shows it COMPLETED; a 202 (the customer must
     * confirm) is followed up. {@code firstSend}: nothing was sent under this id before, so a refusal means it did not
     * happen.
     */
    OperationRecord captureAnswered(OperationRecord op, OpaResult<PaymentDetails> r, boolean firstSend) {
        if (r instanceof OpaResult.Success<PaymentDetails> s) {
            PaymentDetails data = s.data();
            if (data != null && data.status() == PaymentStatus.COMPLETED && data.captures().stream()
                    .noneMatch(c -> op.merchantOperationId().equals(c.merchantCaptureId())
                            && c.status() != CaptureStatus.COMPLETED)) {
                return updates.captured(op, r);
            }
            // 202 USER_CONFIRMATION_REQUIRED: the customer must confirm the amount in the app; followed up until
            // PayPay shows the capture COMPLETED. The order's status (REAUTHORIZING) is kept when PayPay sent it.
            String status = data != null && data.status() != null ? data.status().name() : s.code();
            return updates.update(op, OperationState.ACCEPTED, status, r, null, null);
        }
        return firstSend && r.isRejected() ? updates.update(op, OperationState.REJECTED, null, r, null, null)
                : updates.stillOpen(op, r);
    }

    // ---------------------------------------------------------------- revert

    private OperationRecord followRevert(OperationRecord op, PaymentRecord p) {
        Optional<PaymentStatus> status = status(ctx.calls().details(p));
        if (status.isEmpty()) {
            return op;
        }
        if (status.get() == PaymentStatus.CANCELED) {
            return updates.reverted(op, null);
        }
        if (status.get() != PaymentStatus.AUTHORIZED) {
            return updates.update(op, OperationState.REJECTED, status.get().name(), null, null, "NOT_REVERTIBLE");
        }
        // Still authorized: the revert may never have arrived. Reverting an authorization twice is harmless.
        OpaResult<RevertResult> r = ctx.calls().revert(p.merchantPaymentId(), op.merchantOperationId(),
                p.paypayPaymentId(), op.reason());
        if (r.isSuccess()) {
            return updates.reverted(op, r);
        }
        if (r instanceof OpaResult.Rejected<RevertResult> rej && !rej.isTransient()) {
            Optional<PaymentStatus> after = status(ctx.calls().details(p));
            if (after.isPresent()) {
                return after.get() == PaymentStatus.CANCELED ? updates.reverted(op, r)
                        : updates.update(op, OperationState.REJECTED, after.get().name(), r, null, null);
            }
        }
        return updates.stillOpen(op, r);
    }

    private static Optional<PaymentStatus> status(OpaResult<PaymentDetails> d) {
        return d instanceof OpaResult.Success<PaymentDetails> s && s.data() != null
                ? Optional.ofNullable(s.data().status()) : Optional.empty();
    }
}
