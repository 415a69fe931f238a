package dev.kaikei.payment;

import dev.kaikei.journal.DuplicateIdException;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewOperation;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.OpaResult;
import dev.kaikei.opa.model.NoContent;
import dev.kaikei.opa.model.RefundDetails;
import dev.kaikei.opa.model.RevertResult;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancel, refund, capture and revert on a journaled payment. PayPay's rules are checked before anything is written or
 * sent; then the operation row is committed PENDING, the request sent, and the row updated from the answer. Accepted or
 * unknown answers are followed up ({@link OperationFollowUps}) with the same merchant-side id until PayPay confirms.
 */
final class PaymentActions {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentActions.class);
    static final String ONE_REFUND = "PayPay allows only one refund per payment";

    private final EngineContext ctx;
    private final OperationUpdates updates;
    private final OperationFollowUps followUps;

    PaymentActions(EngineContext ctx) {
        this.ctx = ctx;
        this.updates = new OperationUpdates(ctx.journal());
        this.followUps = new OperationFollowUps(ctx, updates);
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
        if (!CancelWindow.offerable(p.acceptedAt(), clock().instant())) {
            return Optional.of("The cancel window closes at " + CancelWindow.deadline(p.acceptedAt())
                    .atZone(CancelWindow.TOKYO).toLocalTime().withNano(0) + " (Tokyo), too soon for a cancel to be"
                    + " safe: use a refund");
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
        return ops.stream().filter(o -> OperationUpdates.OPEN.contains(o.state())).findFirst()
                .map(o -> "A " + o.kind() + " of this payment is still being confirmed by PayPay");
    }

    private static long paid(PaymentRecord p) {
        return OperationUpdates.paid(p);
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
        String kind = op.kind().name().toLowerCase(Locale.ROOT);
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

    // ---------------------------------------------------------------- first sends

    /** One follow-up pass on an open operation (see {@link OperationFollowUps}). */
    OperationRecord followUpOnce(OperationRecord op) {
        return followUps.followUpOnce(op);
    }

    private OperationRecord refundAnswered(OperationRecord op, PaymentRecord p, OpaResult<RefundDetails> r) {
        if (r instanceof OpaResult.Success<RefundDetails> s && s.data() != null) {
            return updates.refundReported(op, p, r, s.data());
        }
        return firstAnswer(op, r);
    }

    private OperationRecord cancelSent(OperationRecord op, PaymentRecord p, OpaResult<NoContent> r) {
        if (!r.isSuccess()) {
            return firstAnswer(op, r);
        }
        return followUps.confirmCancel(updates.update(op, OperationState.ACCEPTED, null, r, null, null), p);
    }

    private OperationRecord sendCapture(OperationRecord op, PaymentRecord p) {
        return followUps.captureAnswered(op, ctx.calls().capture(p.merchantPaymentId(), op.merchantOperationId(),
                op.amount(), op.reason() == null ? captureDescription(p) : op.reason()), true);
    }

    private OperationRecord sendRevert(OperationRecord op, PaymentRecord p) {
        OpaResult<RevertResult> r = ctx.calls().revert(p.merchantPaymentId(), op.merchantOperationId(),
                p.paypayPaymentId(), op.reason());
        return r.isSuccess() ? updates.reverted(op, r) : firstAnswer(op, r);
    }

    /**
     * The answer to the first and only request sent under a new id: a refusal of any kind means it did not happen
     * (nothing else was ever sent under this id); an unknown answer is followed up.
     */
    private OperationRecord firstAnswer(OperationRecord op, OpaResult<?> r) {
        return r.isRejected() ? updates.update(op, OperationState.REJECTED, null, r, null, null)
                : updates.update(op, OperationState.UNKNOWN, null, r, null, null);
    }

    static String captureDescription(PaymentRecord p) {
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
