package dev.kaikei.payment;

import dev.kaikei.journal.DuplicateIdException;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewOperation;
import dev.kaikei.journal.OperationChange;
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
import dev.kaikei.opa.model.RefundStatus;
import dev.kaikei.opa.model.RevertResult;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancel, refund, capture and revert on a journaled payment. PayPay's rules are checked before anything is written or
 * sent; then the operation row is committed PENDING, the request sent, and the row updated from the answer. Accepted or
 * unknown answers are followed up ({@link #followUpOnce}) with the same merchant-side id until PayPay confirms.
 */
final class PaymentActions {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentActions.class);
    private static final Set<OperationState> OPEN_OPS = EnumSet.of(OperationState.PENDING, OperationState.ACCEPTED,
            OperationState.UNKNOWN);
    static final String ONE_REFUND = "PayPay allows only one refund per payment";
    /** The order's status while a capture waits for the customer's confirmation (202 USER_CONFIRMATION_REQUIRED). */
    private static final String REAUTHORIZING = PaymentStatus.REAUTHORIZING.name();
    /** Result code of a capture the customer declined or let lapse. */
    static final String NOT_CONFIRMED = "NOT_CONFIRMED";

    private final EngineContext ctx;

    PaymentActions(EngineContext ctx) {
        this.ctx = ctx;
    }

    private Journal journal() {
        return ctx.journal();
    }

    private Clock clock() {
        return ctx.clock();
    }

    // ---------------------------------------------------------------- rules

    ActionOptions options(String merchantPaymentId) {
        PaymentRecord p = payment(merchantPaymentId);
        List<OperationRecord> ops = journal().operationsFor(merchantPaymentId);
        Optional<Instant> cancelUntil = Optional.ofNullable(p.acceptedAt()).map(CancelWindow::deadline);
        boolean cancel = cancelRefusal(p, ops).isEmpty();
        boolean refund = refundRefusal(p, ops, 1).isEmpty();
        boolean capture = captureRefusal(p, ops, 1).isEmpty();
        boolean revert = revertRefusal(p, ops).isEmpty();
        String note = cancel || refund || capture || revert ? ""
                : refundRefusal(p, ops, 1).orElse("");
        return new ActionOptions(cancel, refund, capture, revert, cancelUntil, refund ? paid(p) : 0,
                capture ? p.amount() : 0, note);
    }

    private Optional<String> cancelRefusal(PaymentRecord p, List<OperationRecord> ops) {
        if (p.state() != PaymentState.COMPLETED && p.state() != PaymentState.AUTHORIZED) {
            return Optional.of("Only a paid or authorized payment can be cancelled (this one is " + p.state() + ")");
        }
        Optional<String> busy = busy(ops);
        if (busy.isPresent()) {
            return busy;
        }
        if (p.acceptedAt() == null || !CancelWindow.isOpen(p.acceptedAt(), clock().instant())) {
            return Optional.of("The cancel window closed at " + (p.acceptedAt() == null ? "?"
                    : CancelWindow.deadline(p.acceptedAt()).atZone(CancelWindow.TOKYO).toLocalDateTime())
                    + " (Tokyo): use a refund");
        }
        return Optional.empty();
    }

    private Optional<String> refundRefusal(PaymentRecord p, List<OperationRecord> ops, long amount) {
        if (p.state() == PaymentState.PARTIALLY_REFUNDED || p.state() == PaymentState.REFUNDED
                || ops.stream().anyMatch(o -> o.kind() == OperationKind.REFUND && o.state() != OperationState.REJECTED)) {
            return Optional.of(ONE_REFUND + "; this one already has a refund");
        }
        if (p.state() != PaymentState.COMPLETED) {
            return Optional.of("Only a paid payment can be refunded (this one is " + p.state() + ")");
        }
        Optional<String> busy = busy(ops);
        if (busy.isPresent()) {
            return busy;
        }
        if (amount < 1 || amount > paid(p)) {
            return Optional.of("The refund must be between ¥1 and the paid ¥" + paid(p) + " (got ¥" + amount + ")");
        }
        return Optional.empty();
    }

    private Optional<String> captureRefusal(PaymentRecord p, List<OperationRecord> ops, long amount) {
        if (p.state() != PaymentState.AUTHORIZED) {
            return Optional.of("Only an authorized (pre-auth) payment can be captured (this one is " + p.state()
                    + ")");
        }
        Optional<String> busy = busy(ops);
        if (busy.isPresent()) {
            return busy;
        }
        if (amount < 1 || amount > p.amount()) {
            return Optional.of("The capture must be between ¥1 and the authorized ¥" + p.amount() + " (got ¥"
                    + amount + ")");
        }
        return Optional.empty();
    }

    private Optional<String> revertRefusal(PaymentRecord p, List<OperationRecord> ops) {
        if (p.state() != PaymentState.AUTHORIZED) {
            return Optional.of("Only an authorized (pre-auth) payment can be reverted (this one is " + p.state()
                    + ")");
        }
        return busy(ops);
    }

    private static Optional<String> busy(List<OperationRecord> ops) {
        return ops.stream().filter(o -> OPEN_OPS.contains(o.state())).findFirst()
                .map(o -> "A " + o.kind() + " of this payment is still being confirmed by PayPay");
    }

    private static long paid(PaymentRecord p) {
        return p.kind().isPreAuth() ? p.capturedAmount() : p.amount();
    }

    // ---------------------------------------------------------------- actions

    ActionResult cancel(String merchantPaymentId) {
        return act(merchantPaymentId, (p, ops) -> cancelRefusal(p, ops),
                p -> NewOperation.cancel(merchantPaymentId), EnumSet.of(PaymentState.COMPLETED, PaymentState.AUTHORIZED),
                (op, p) -> cancelSent(op, p, ctx.calls().cancel(merchantPaymentId)));
    }

    ActionResult refund(String merchantPaymentId, long amount, String reason) {
        text("reason", reason);
        return act(merchantPaymentId, (p, ops) -> refundRefusal(p, ops, amount),
                p -> NewOperation.refund(merchantPaymentId, ctx.ids().next(MerchantIds.Kind.REFUND), amount, reason),
                EnumSet.of(PaymentState.COMPLETED),
                (op, p) -> refundAnswered(op, p, ctx.calls().refund(merchantPaymentId, op.merchantOperationId(),
                        p.paypayPaymentId(), amount, reason)));
    }

    ActionResult capture(String merchantPaymentId, long amount) {
        return act(merchantPaymentId, (p, ops) -> captureRefusal(p, ops, amount),
                p -> NewOperation.capture(merchantPaymentId, ctx.ids().next(MerchantIds.Kind.CAPTURE), amount,
                        captureDescription(p)),
                EnumSet.of(PaymentState.AUTHORIZED), this::sendCapture);
    }

    ActionResult revert(String merchantPaymentId, String reason) {
        text("reason", reason);
        return act(merchantPaymentId, (p, ops) -> revertRefusal(p, ops),
                p -> NewOperation.revert(merchantPaymentId, ctx.ids().next(MerchantIds.Kind.REVERT), reason),
                EnumSet.of(PaymentState.AUTHORIZED), this::sendRevert);
    }

    private interface Rule {
        Optional<String> refusal(PaymentRecord p, List<OperationRecord> ops);
    }

    private interface Send {
        OperationRecord send(OperationRecord op, PaymentRecord p);
    }

    private interface Build {
        NewOperation build(PaymentRecord p);
    }

    /** The shared shape of every action: check, journal PENDING, send, record, follow up if not final. */
    private ActionResult act(String merchantPaymentId, Rule rule, Build build,
                             Set<PaymentState> states, Send send) {
        if (!MerchantIds.isValid(merchantPaymentId)) {
            throw new IllegalArgumentException("merchantPaymentId must be 1-64 characters of a-z A-Z 0-9 - _");
        }
        String key = Claims.payment(merchantPaymentId);
        if (!ctx.claims().tryClaim(key)) {
            return new ActionResult.Refused("This payment is busy (being checked with PayPay); try again shortly");
        }
        try {
            Optional<PaymentRecord> found = journal().findPayment(merchantPaymentId);
            if (found.isEmpty()) {
                return new ActionResult.Refused("No payment " + merchantPaymentId + " in the journal");
            }
            PaymentRecord p = found.get();
            Optional<String> refusal = rule.refusal(p, journal().operationsFor(merchantPaymentId));
            if (refusal.isPresent()) {
                LOG.info("Refused on {}: {}", merchantPaymentId, refusal.get());
                return new ActionResult.Refused(refusal.get());
            }
            NewOperation wanted = build.build(p);
            Optional<OperationRecord> inserted;
            try {
                inserted = journal().insertOperation(wanted, states);
            } catch (DuplicateIdException e) {
                return new ActionResult.Refused("Id clash; try again");
            }
            if (inserted.isEmpty()) {
                return new ActionResult.Refused("The payment changed meanwhile; reload and try again");
            }
            OperationRecord op = inserted.get();
            ctx.claims().tryClaim(Claims.operation(op.id()));
            try {
                return report(send.send(op, p));
            } catch (RuntimeException e) {
                LOG.error("{} on {} failed after journaling; the reconciler will finish it", op.kind(),
                        merchantPaymentId, e);
                ctx.claims().release(Claims.operation(op.id()));
                return new ActionResult.Pending(op.merchantOperationId(), "Sent; being confirmed in the background");
            }
        } finally {
            ctx.claims().release(key);
        }
    }

    private ActionResult report(OperationRecord op) {
        String kind = op.kind().name().toLowerCase(java.util.Locale.ROOT);
        return switch (op.state()) {
            case SUCCEEDED -> {
                ctx.claims().release(Claims.operation(op.id()));
                yield new ActionResult.Done(op.merchantOperationId(), "The " + kind + " is confirmed by PayPay");
            }
            case REJECTED -> {
                ctx.claims().release(Claims.operation(op.id()));
                yield new ActionResult.Refused("PayPay refused the " + kind + " (" + op.resultCode() + ")");
            }
            default -> {
                ctx.followUp(op);
                yield new ActionResult.Pending(op.merchantOperationId(), op.state() == OperationState.ACCEPTED
                        ? "PayPay accepted the " + kind + "; waiting for it to complete"
                        : "PayPay did not answer; the " + kind + " is being confirmed (never repeat it by hand)");
            }
        };
    }

    // ---------------------------------------------------------------- follow-up

    /**
     * One follow-up pass on an open operation (same ids; a capture lost before PayPay got it is retried under a new
     * id). Returns the operation to keep following: this one, or its replacement; final when done.
     */
    OperationRecord followUpOnce(OperationRecord op) {
        PaymentRecord p = payment(op.merchantPaymentId());
        return switch (op.kind()) {
            case REFUND -> followRefund(op, p);
            case CANCEL -> followCancel(op, p);
            case CAPTURE -> followCapture(op, p);
            case REVERT -> followRevert(op, p);
            case DELETE_CODE -> update(op, OperationState.SUCCEEDED, null, null, null, null);
        };
    }

    private OperationRecord followRefund(OperationRecord op, PaymentRecord p) {
        if (op.state() == OperationState.ACCEPTED) {
            OpaResult<RefundDetails> r = ctx.calls().refundDetails(p.merchantPaymentId(), op.merchantOperationId(),
                    p.paypayPaymentId());
            if (!(r instanceof OpaResult.Rejected<RefundDetails> rej && PayPayCalls.NO_SUCH_REFUND.equals(rej.code()))) {
                return r.isSuccess() ? refundAnswered(op, p, r) : op;
            }
        }
        // The same merchantRefundId returns the earlier result, so re-sending is safe.
        return refundAnswered(op, p, ctx.calls().refund(p.merchantPaymentId(), op.merchantOperationId(),
                p.paypayPaymentId(), op.amount(), op.reason()));
    }

    private OperationRecord refundAnswered(OperationRecord op, PaymentRecord p, OpaResult<RefundDetails> r) {
        if (r instanceof OpaResult.Success<RefundDetails> s && s.data() != null) {
            RefundStatus status = s.data().status();
            if (status == RefundStatus.REFUNDED) {
                PaymentState state = op.amount() >= paid(p) ? PaymentState.REFUNDED : PaymentState.PARTIALLY_REFUNDED;
                return update(op, OperationState.SUCCEEDED, "REFUNDED", r,
                        PaymentChange.to(state).withPaypayStatus(state == PaymentState.REFUNDED ? "REFUNDED"
                                : p.paypayStatus()), null);
            }
            if (status == RefundStatus.REFUND_FAILED) {
                return update(op, OperationState.REJECTED, status.name(), r, null, null);
            }
            return update(op, OperationState.ACCEPTED, String.valueOf(status), r, null, null);
        }
        return answeredOtherwise(op, r);
    }

    private OperationRecord cancelSent(OperationRecord op, PaymentRecord p, OpaResult<NoContent> r) {
        if (!r.isSuccess()) {
            return answeredOtherwise(op, r);
        }
        return confirmCancel(update(op, OperationState.ACCEPTED, null, r, null, null), p);
    }

    private OperationRecord followCancel(OperationRecord op, PaymentRecord p) {
        if (PaymentResolver.OPEN.contains(p.state())) {
            return op; // a resolver's cancel: the payment's resolution re-sends it
        }
        boolean paidPayment = p.state() == PaymentState.COMPLETED || p.state() == PaymentState.AUTHORIZED;
        if (op.state() != OperationState.ACCEPTED) {
            Instant since = p.acceptedAt() != null ? p.acceptedAt() : p.createdAt();
            if (paidPayment && !CancelWindow.isOpen(since, clock().instant())) {
                journal().transition(p.merchantPaymentId(), p.state(), PaymentChange.keepState().withAttention(
                        "A cancel was not confirmed before the cancel window closed: check PayPay, refund if needed"));
                return update(op, OperationState.REJECTED, null, null, null, "WINDOW_CLOSED");
            }
            OpaResult<NoContent> r = ctx.calls().cancel(p.merchantPaymentId());
            if (!r.isSuccess()) {
                return answeredOtherwise(op, r);
            }
            op = update(op, paidPayment ? OperationState.ACCEPTED : OperationState.SUCCEEDED, null, r, null, null);
        }
        return paidPayment ? confirmCancel(op, p) : update(op, OperationState.SUCCEEDED, null, null, null, null);
    }

    /** After a 202: the cancel is done when PayPay shows the payment FAILED. */
    private OperationRecord confirmCancel(OperationRecord op, PaymentRecord p) {
        OpaResult<PaymentDetails> d = ctx.calls().details(p);
        if (d instanceof OpaResult.Success<PaymentDetails> s && s.data() != null
                && s.data().status() == PaymentStatus.FAILED) {
            return update(op, OperationState.SUCCEEDED, "FAILED", d,
                    PaymentChange.to(PaymentState.CANCELED).withPaypayStatus("FAILED"), null);
        }
        return op;
    }

    private OperationRecord sendCapture(OperationRecord op, PaymentRecord p) {
        return captureAnswered(op, ctx.calls().capture(p.merchantPaymentId(), op.merchantOperationId(), op.amount(),
                op.reason() == null ? captureDescription(p) : op.reason()));
    }

    private OperationRecord captureAnswered(OperationRecord op, OpaResult<PaymentDetails> r) {
        if (r instanceof OpaResult.Success<PaymentDetails> s) {
            if (s.data() != null && s.data().status() == PaymentStatus.COMPLETED) {
                return captured(op, r);
            }
            // 202 USER_CONFIRMATION_REQUIRED: the customer must confirm the amount in the app; followed up until
            // PayPay shows the capture COMPLETED. The order's status (REAUTHORIZING) is kept when PayPay sent it.
            String status = s.data() != null && s.data().status() != null ? s.data().status().name() : s.code();
            return update(op, OperationState.ACCEPTED, status, r, null, null);
        }
        return answeredOtherwise(op, r);
    }

    private OperationRecord captured(OperationRecord op, OpaResult<?> r) {
        return update(op, OperationState.SUCCEEDED, "COMPLETED", r,
                PaymentChange.to(PaymentState.COMPLETED).withPaypayStatus("COMPLETED"), null);
    }

    private OperationRecord followCapture(OperationRecord op, PaymentRecord p) {
        OpaResult<PaymentDetails> d = ctx.calls().details(p);
        if (!(d instanceof OpaResult.Success<PaymentDetails> s) || s.data() == null) {
            return op;
        }
        PaymentDetails details = s.data();
        Optional<CaptureDetails> ours = details.captures().stream()
                .filter(c -> op.merchantOperationId().equals(c.merchantCaptureId())).findFirst();
        if (ours.isPresent() && ours.get().status() != CaptureStatus.USER_REQUESTED) {
            return captured(op, d);
        }
        boolean reauthorizing = details.status() == PaymentStatus.REAUTHORIZING;
        if (ours.isPresent() || (reauthorizing && op.state() == OperationState.ACCEPTED)) {
            // PayPay holds our capture (USER_REQUESTED, order REAUTHORIZING) until the customer confirms the amount
            // in the app: not captured yet, not failed. Recorded so that its lapse can be told apart below.
            return op.state() == OperationState.ACCEPTED && REAUTHORIZING.equals(op.paypayStatus()) ? op
                    : update(op, OperationState.ACCEPTED, REAUTHORIZING, d, null, null);
        }
        if (reauthorizing) {
            return op; // another capture waits for the customer: look again when it has settled
        }
        if (details.status() == PaymentStatus.AUTHORIZED && details.captures().isEmpty()) {
            if (op.state() == OperationState.ACCEPTED) {
                if (REAUTHORIZING.equals(op.paypayStatus())) {
                    // PayPay held it for the customer and now shows the authorization as before: the customer
                    // declined or did not confirm in time. Nothing was captured; capture again or revert.
                    return update(op, OperationState.REJECTED, details.status().name(), d, null, NOT_CONFIRMED);
                }
                return op; // accepted, and PayPay has not shown it held for the customer yet: keep waiting
            }
            // PayPay never got it: per the spec, retry under a NEW merchantCaptureId (journaled before the old one
            // is closed, so the journal never shows this capture as settled in between).
            Optional<OperationRecord> retry = journal().insertOperation(NewOperation.capture(p.merchantPaymentId(),
                    ctx.ids().next(MerchantIds.Kind.CAPTURE), op.amount(), op.reason()),
                    EnumSet.of(PaymentState.AUTHORIZED));
            OperationRecord closed = update(op, OperationState.REJECTED, null, d, null, "NOT_RECEIVED");
            if (retry.isEmpty()) {
                return closed;
            }
            LOG.info("Capture {} never reached PayPay; retrying as {}", op.merchantOperationId(),
                    retry.get().merchantOperationId());
            return sendCapture(retry.get(), p);
        }
        return update(op, OperationState.REJECTED, details.status().name(), d, null, "NOT_CAPTURED");
    }

    private OperationRecord sendRevert(OperationRecord op, PaymentRecord p) {
        return revertAnswered(op, ctx.calls().revert(p.merchantPaymentId(), op.merchantOperationId(),
                p.paypayPaymentId(), op.reason()));
    }

    private OperationRecord revertAnswered(OperationRecord op, OpaResult<RevertResult> r) {
        if (r.isSuccess()) {
            return update(op, OperationState.SUCCEEDED, "CANCELED", r,
                    PaymentChange.to(PaymentState.REVERTED).withPaypayStatus("CANCELED"), null);
        }
        return answeredOtherwise(op, r);
    }

    private OperationRecord followRevert(OperationRecord op, PaymentRecord p) {
        OpaResult<PaymentDetails> d = ctx.calls().details(p);
        if (!(d instanceof OpaResult.Success<PaymentDetails> s) || s.data() == null) {
            return op;
        }
        PaymentStatus status = s.data().status();
        if (status == PaymentStatus.CANCELED) {
            return update(op, OperationState.SUCCEEDED, "CANCELED", d,
                    PaymentChange.to(PaymentState.REVERTED).withPaypayStatus("CANCELED"), null);
        }
        if (status == PaymentStatus.AUTHORIZED) {
            return sendRevert(op, p); // not reverted yet: a second revert of an authorization is harmless
        }
        return update(op, OperationState.REJECTED, String.valueOf(status), d, null, "NOT_REVERTIBLE");
    }

    /** Rejected → REJECTED (it did not happen); unknown → UNKNOWN (follow up with the same id). */
    private OperationRecord answeredOtherwise(OperationRecord op, OpaResult<?> r) {
        if (r.isRejected()) {
            return update(op, OperationState.REJECTED, null, r, null, null);
        }
        return update(op, OperationState.UNKNOWN, null, r, null, null);
    }

    private OperationRecord update(OperationRecord op, OperationState state, String paypayStatus, OpaResult<?> r,
                                   PaymentChange payment, String resultCode) {
        String code = resultCode != null ? resultCode : r == null ? null : r.code();
        String requestId = r == null ? null : r.requestId();
        return journal().updateOperation(op.id(), OPEN_OPS,
                        new OperationChange(state, paypayStatus, code, requestId, payment))
                .orElseGet(() -> journal().findOperation(op.id()).orElseThrow());
    }

    private static String captureDescription(PaymentRecord p) {
        return p.description() == null || p.description().isBlank() ? "Capture" : p.description();
    }

    private PaymentRecord payment(String merchantPaymentId) {
        return journal().findPayment(merchantPaymentId).orElseThrow(
                () -> new IllegalArgumentException("no payment " + merchantPaymentId + " in the journal"));
    }

    private static void text(String field, String value) {
        if (value != null && value.length() > ChargeRequest.MAX_DESCRIPTION) {
            throw new IllegalArgumentException(field + " must be at most 255 characters (got " + value.length() + ")");
        }
    }
}
