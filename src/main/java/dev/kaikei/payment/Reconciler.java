package dev.kaikei.payment;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives every non-final journal row to an end against PayPay (DESIGN rule 3): open operations first (refunds re-sent
 * with the same id, cancels until accepted, captures and reverts checked), then open payments (queried with the same
 * id; unpaid codes deleted or cancelled, paid ones recorded). Rows owned by a live checkout or action are skipped;
 * each row is re-read once claimed, and gets a time budget so one slow row cannot hold up the others for long.
 */
final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);
    static final String PAID_AFTER_CLOSE = "Paid after the checkout closed: make sure the customer got the goods";

    private final EngineContext ctx;
    private final PaymentActions actions;
    private final BiConsumer<String, Outcome> adopt;
    private final AuthorizationCheck authorizations;
    private final DayCheck dayCheck;

    Reconciler(EngineContext ctx, PaymentActions actions, BiConsumer<String, Outcome> adopt) {
        this.ctx = ctx;
        this.actions = actions;
        this.adopt = adopt;
        OperationUpdates updates = new OperationUpdates(ctx.journal());
        this.authorizations = new AuthorizationCheck(ctx, updates);
        this.dayCheck = new DayCheck(ctx, updates);
    }

    synchronized ReconcileSummary run() {
        return run(List.of());
    }

    /** A pass over the open rows, then a check of {@code days}' settled payments against PayPay ({@link DayCheck}). */
    synchronized ReconcileSummary run(List<BusinessDay> days) {
        Pass pass = new Pass();
        for (OperationRecord op : ctx.journal().nonFinalOperations()) {
            if (pass.stopped) {
                break;
            }
            String key = Claims.operation(op.id());
            String paymentKey = Claims.payment(op.merchantPaymentId());
            if (!ctx.claims().tryClaim(paymentKey)) {
                continue;
            }
            if (!ctx.claims().tryClaim(key)) {
                ctx.claims().release(paymentKey);
                continue;
            }
            pass.row(op.kind() + " " + label(op) + " on " + op.merchantPaymentId(), () -> operation(op), () -> {
                ctx.claims().release(key);
                ctx.claims().release(paymentKey);
            });
        }
        for (PaymentRecord p : ctx.journal().nonFinalPayments()) {
            if (pass.stopped) {
                break;
            }
            String key = Claims.payment(p.merchantPaymentId());
            if (!ctx.claims().tryClaim(key)) {
                continue;
            }
            pass.row(p.merchantPaymentId() + " (" + p.state() + ")", () -> payment(p),
                    () -> ctx.claims().release(key));
        }
        int flagged = 0;
        List<String> corrected = new ArrayList<>();
        for (BusinessDay day : days) {
            DayCheck.Result r = dayCheck.check(day);
            pass.checked += r.checked();
            flagged += r.flagged().size();
            pass.notes.addAll(r.flagged());
            corrected.addAll(r.fixed());
        }
        // Differences brought in line are reported but settled; flagged ones wait for a person.
        ReconcileSummary summary = new ReconcileSummary(pass.checked, pass.resolved, pass.unresolved + flagged,
                pass.notes, corrected);
        if (pass.checked > 0) {
            LOG.info("Reconciled: {} checked, {} resolved, {} unresolved", pass.checked, pass.resolved,
                    pass.notes.size());
        }
        return summary;
    }

    /** What one row came to: whether it was looked at, whether it ended, and why not. */
    private record Row(boolean checked, boolean resolved, String note) {
        static final Row SKIPPED = new Row(false, false, null);
    }

    private Row operation(OperationRecord listed) {
        // Re-read now that it is ours: another thread may have settled it since the list was read.
        Optional<OperationRecord> current = ctx.journal().findOperation(listed.id());
        if (current.isEmpty() || current.get().state().isFinal()) {
            return Row.SKIPPED;
        }
        OperationRecord after = actions.followUpOnce(current.get());
        return after.state().isFinal() ? new Row(true, true, null) : new Row(true, false, after.state().name());
    }

    private Row payment(PaymentRecord listed) {
        Optional<PaymentRecord> current = ctx.journal().findPayment(listed.merchantPaymentId());
        if (current.isEmpty() || current.get().state().isFinal()) {
            return Row.SKIPPED;
        }
        if (current.get().state() == PaymentState.AUTHORIZED) {
            return new Row(false, authorizations.check(current.get()), null);
        }
        Outcome o = ctx.resolver().resolveOnce(listed.merchantPaymentId(), true, null, PAID_AFTER_CLOSE);
        if (o.resolved()) {
            adopt.accept(listed.merchantPaymentId(), o);
            return new Row(true, true, null);
        }
        return new Row(true, false, o.detail());
    }

    /**
     * One pass's tally. Each row runs on the row worker with a time budget: a row PayPay is slow to answer is left to
     * finish in the background (it keeps its claim), and the pass ends there; the rest waits for the next pass.
     */
    private final class Pass {
        int checked;
        int resolved;
        int unresolved;
        final List<String> notes = new ArrayList<>();
        boolean stopped;

        /** Runs {@code work} on a claimed row; {@code release} gives the claim back when the work has ended. */
        void row(String label, Callable<Row> work, Runnable release) {
            Future<Row> future;
            try {
                future = ctx.executors().reconcileRows().submit(() -> {
                    try {
                        return work.call();
                    } finally {
                        release.run();
                    }
                });
            } catch (RejectedExecutionException e) {
                release.run();
                stopped = true; // shutting down
                return;
            }
            try {
                Row r = future.get(ctx.settings().reconcileRowBudget().toMillis(), TimeUnit.MILLISECONDS);
                checked += r.checked() ? 1 : 0;
                resolved += r.resolved() ? 1 : 0;
                if (r.note() != null) {
                    unresolved++;
                    notes.add(label + ": " + r.note());
                }
            } catch (TimeoutException e) {
                LOG.warn("Reconciling {} is taking longer than {} s; the pass moves on", label,
                        ctx.settings().reconcileRowBudget().toSeconds());
                checked++;
                unresolved++;
                notes.add(label + ": PayPay is slow to answer; still being checked");
                stopped = true;
            } catch (ExecutionException e) {
                LOG.warn("Reconciling {} failed", label, e.getCause());
                checked++;
                unresolved++;
                notes.add(label + ": " + e.getCause().getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
            }
        }
    }

    private static String label(OperationRecord op) {
        return op.merchantOperationId() == null ? "#" + op.id() : op.merchantOperationId();
    }
}
