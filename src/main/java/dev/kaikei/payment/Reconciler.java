package dev.kaikei.payment;

import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private final AuthorizationCheck authorizations;

    Reconciler(EngineContext ctx, PaymentActions actions, BiConsumer<String, Outcome> adopt) {
        this.ctx = ctx;
        this.actions = actions;
        this.adopt = adopt;
        this.authorizations = new AuthorizationCheck(ctx, new OperationUpdates(ctx.journal()));
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
            try {
                // Re-read now that it is ours: another thread may have settled it since the list was read.
                Optional<OperationRecord> current = ctx.journal().findOperation(op.id());
                if (current.isEmpty() || current.get().state().isFinal()) {
                    continue;
                }
                checked++;
                OperationRecord after = actions.followUpOnce(current.get());
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
                // Re-read now that it is ours: another thread may have settled it since the list was read.
                Optional<PaymentRecord> current = ctx.journal().findPayment(p.merchantPaymentId());
                if (current.isEmpty() || current.get().state().isFinal()) {
                    continue;
                }
                if (current.get().state() == PaymentState.AUTHORIZED) {
                    resolved += authorizations.check(current.get()) ? 1 : 0;
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

    private static String label(OperationRecord op) {
        return op.merchantOperationId() == null ? "#" + op.id() : op.merchantOperationId();
    }
}
