package dev.kaikei.payment;

import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.OpaResult;
import dev.kaikei.opa.model.PaymentDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives every non-final journal row to an end against PayPay (DESIGN rule 3): open operations first (refunds re-sent
 * with the same id, cancels until accepted, captures and reverts checked), then open payments (queried with the same
 * id; unpaid codes deleted or cancelled, paid ones recorded). Rows owned by a live checkout or action are skipped.
 */
final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);
    static final String PAID_AFTER_CLOSE = "Paid after the checkout closed: make sure the customer got the goods";

    private final EngineContext ctx;
    private final PaymentActions actions;
    private final BiConsumer<String, Outcome> adopt;

    Reconciler(EngineContext ctx, PaymentActions actions, BiConsumer<String, Outcome> adopt) {
        this.ctx = ctx;
        this.actions = actions;
        this.adopt = adopt;
    }

    synchronized ReconcileSummary run() {
        int checked = 0;
        int resolved = 0;
        List<String> notes = new ArrayList<>();
        for (OperationRecord op : ctx.journal().nonFinalOperations()) {
            String key = Claims.operation(op.id());
            String paymentKey = Claims.payment(op.merchantPaymentId());
            if (!ctx.claims().tryClaim(paymentKey)) {
                continue;
            }
            if (!ctx.claims().tryClaim(key)) {
                ctx.claims().release(paymentKey);
                continue;
            }
            checked++;
            try {
                OperationRecord after = actions.followUpOnce(op);
                if (after.state().isFinal()) {
                    resolved++;
                } else {
                    notes.add(op.kind() + " " + label(after) + " on " + op.merchantPaymentId() + ": " + after.state());
                }
            } catch (RuntimeException e) {
                LOG.warn("Reconciling {} {} failed", op.kind(), op.id(), e);
                notes.add(op.kind() + " " + label(op) + ": " + e.getMessage());
            } finally {
                ctx.claims().release(key);
                ctx.claims().release(paymentKey);
            }
        }
        for (PaymentRecord p : ctx.journal().nonFinalPayments()) {
            String key = Claims.payment(p.merchantPaymentId());
            if (!ctx.claims().tryClaim(key)) {
                continue;
            }
            try {
                if (p.state() == PaymentState.AUTHORIZED) {
                    resolved += checkAuthorization(p) ? 1 : 0;
                    continue;
                }
                checked++;
                Outcome o = ctx.resolver().resolveOnce(p.merchantPaymentId(), true, null, PAID_AFTER_CLOSE);
                if (o.resolved()) {
                    resolved++;
                    adopt.accept(p.merchantPaymentId(), o);
                } else {
                    notes.add(p.merchantPaymentId() + " (" + p.state() + "): " + o.detail());
                }
            } catch (RuntimeException e) {
                LOG.warn("Reconciling payment {} failed", p.merchantPaymentId(), e);
                notes.add(p.merchantPaymentId() + ": " + e.getMessage());
            } finally {
                ctx.claims().release(key);
            }
        }
        ReconcileSummary summary = new ReconcileSummary(checked, resolved, notes.size(), notes);
        if (checked > 0) {
            LOG.info("Reconciled: {} checked, {} resolved, {} unresolved", checked, resolved, notes.size());
        }
        return summary;
    }

    /** An authorization waits for capture or revert; only notice if PayPay ended it (expired, reverted, cancelled). */
    private boolean checkAuthorization(PaymentRecord p) {
        if (ctx.journal().operationsFor(p.merchantPaymentId()).stream().anyMatch(o -> !o.state().isFinal())) {
            return false;
        }
        OpaResult<PaymentDetails> r = ctx.calls().details(p);
        if (!(r instanceof OpaResult.Success<PaymentDetails> s) || s.data() == null || s.data().status() == null) {
            return false;
        }
        PaymentState ended = switch (s.data().status()) {
            case EXPIRED -> PaymentState.EXPIRED;
            case CANCELED -> PaymentState.REVERTED;
            case FAILED -> PaymentState.CANCELED;
            default -> null;
        };
        if (ended == null) {
            return false;
        }
        ctx.journal().transition(p.merchantPaymentId(), PaymentState.AUTHORIZED, PaymentChange.to(ended)
                .withPaypayStatus(s.data().status().name()).withAttention("Authorization ended at PayPay: "
                        + s.data().status()));
        return true;
    }

    private static String label(OperationRecord op) {
        return op.merchantOperationId() == null ? "#" + op.id() : op.merchantOperationId();
    }
}
