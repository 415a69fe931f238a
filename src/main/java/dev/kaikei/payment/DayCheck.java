package dev.kaikei.payment;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.DuplicateIdException;
import dev.kaikei.journal.NewOperation;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.OpaResult;
import dev.kaikei.opa.model.PaymentDetails;
import dev.kaikei.opa.model.PaymentStatus;
import dev.kaikei.opa.model.RefundDetails;
import dev.kaikei.opa.model.RefundStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-reads PayPay's view of a business day's settled payments (paid, refunded, cancelled) so a journal that drifted
 * from PayPay for any reason is caught the same day. What PayPay did without this terminal (a refund or cancel from
 * the merchant panel) is brought into the journal and marked; what the journal claims but PayPay does not show is
 * never "fixed" — it is flagged for a person.
 */
final class DayCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DayCheck.class);
    static final String OUTSIDE = "outside Kaikei (e.g. the PayPay merchant panel)";
    private static final Set<PaymentState> SETTLED_PAID = EnumSet.of(PaymentState.COMPLETED,
            PaymentState.PARTIALLY_REFUNDED, PaymentState.REFUNDED, PaymentState.CANCELED);
    /** What PayPay shows for a payment that was paid (refunds, whole or part, keep it paid as far as this goes). */
    private static final Set<PaymentStatus> PAID_AT_PAYPAY = EnumSet.of(PaymentStatus.COMPLETED,
            PaymentStatus.REFUNDED);

    /** What one check found: one line per payment brought in line with PayPay ({@code fixed}) or flagged. */
    record Result(int checked, List<String> fixed, List<String> flagged) {
    }

    private final EngineContext ctx;
    private final OperationUpdates updates;

    DayCheck(EngineContext ctx, OperationUpdates updates) {
        this.ctx = ctx;
        this.updates = updates;
    }

    Result check(BusinessDay day) {
        int checked = 0;
        List<String> fixed = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        for (PaymentRecord listed : ctx.journal().paymentsOn(day)) {
            if (!SETTLED_PAID.contains(listed.state())) {
                continue;
            }
            String key = Claims.payment(listed.merchantPaymentId());
            if (!ctx.claims().tryClaim(key)) {
                continue; // an action or checkout works on it right now
            }
            try {
                PaymentRecord p = ctx.journal().findPayment(listed.merchantPaymentId()).orElse(listed);
                List<OperationRecord> ops = ctx.journal().operationsFor(p.merchantPaymentId());
                if (!SETTLED_PAID.contains(p.state()) || ops.stream().anyMatch(o -> !o.state().isFinal())) {
                    continue; // its own follow-up settles it
                }
                OpaResult<PaymentDetails> r = ctx.calls().details(p);
                String finding;
                if (r instanceof OpaResult.Rejected<PaymentDetails> rej && PaymentResolver.notFound(rej)) {
                    checked++;
                    finding = flag(p, "the journal says " + p.state() + " but PayPay has no such payment");
                } else if (r instanceof OpaResult.Success<PaymentDetails> s && s.data() != null
                        && s.data().status() != null) {
                    checked++;
                    finding = compare(p, ops, s.data(), r);
                } else {
                    continue; // PayPay could not say now: next time
                }
                if (finding != null && finding.startsWith("!")) {
                    flagged.add(p.merchantPaymentId() + ": " + finding.substring(1));
                } else if (finding != null) {
                    fixed.add(p.merchantPaymentId() + ": " + finding);
                }
            } catch (RuntimeException e) {
                LOG.warn("Checking {} against PayPay failed", listed.merchantPaymentId(), e);
            } finally {
                ctx.claims().release(key);
            }
        }
        if (!fixed.isEmpty() || !flagged.isEmpty()) {
            LOG.warn("Day check {}: {} checked, {} brought in line with PayPay, {} flagged", day.date(), checked,
                    fixed.size(), flagged.size());
        }
        return new Result(checked, fixed, flagged);
    }

    /** Null if journal and PayPay agree; else what was done ("!" first: flagged for a person, journal unchanged). */
    private String compare(PaymentRecord p, List<OperationRecord> ops, PaymentDetails d, OpaResult<?> r) {
        Map<String, RefundDetails> refundsAtPayPay = d.refunds().stream()
                .filter(x -> x.merchantRefundId() != null && x.status() == RefundStatus.REFUNDED)
                .collect(Collectors.toMap(RefundDetails::merchantRefundId, Function.identity(), (a, b) -> a));
        Map<String, OperationRecord> ourRefunds = ops.stream()
                .filter(o -> o.kind() == OperationKind.REFUND && o.state() == OperationState.SUCCEEDED)
                .collect(Collectors.toMap(OperationRecord::merchantOperationId, Function.identity()));
        List<String> ghosts = ourRefunds.keySet().stream().filter(id -> !refundsAtPayPay.containsKey(id)).toList();
        if (!ghosts.isEmpty()) {
            return flag(p, "the journal records refund " + String.join(", ", ghosts) + " but PayPay shows none");
        }
        if (d.status() == PaymentStatus.FAILED && p.state() != PaymentState.CANCELED) {
            if (!ourRefunds.isEmpty()) {
                return flag(p, "PayPay shows it cancelled, the journal shows refunds");
            }
            ctx.journal().transition(p.merchantPaymentId(), p.state(), PaymentChange.to(PaymentState.CANCELED)
                    .withPaypayStatus("FAILED").withAttention("Cancelled " + OUTSIDE));
            return "cancelled " + OUTSIDE + ": recorded";
        }
        if (p.state() == PaymentState.CANCELED && d.status() != PaymentStatus.FAILED) {
            return flag(p, "the journal says cancelled but PayPay shows " + d.status());
        }
        if (p.state() != PaymentState.CANCELED && !PAID_AT_PAYPAY.contains(d.status())) {
            return flag(p, "the journal says " + p.state() + " but PayPay shows " + d.status());
        }
        long atPayPay = d.amount() == null ? -1 : d.amount().amount();
        if (!p.kind().isPreAuth() && atPayPay >= 0 && atPayPay != p.amount()) {
            // A pre-authorization's amount at PayPay is what was authorized, not what was captured: not compared.
            return flag(p, "the journal says " + yen(p.amount()) + " but PayPay shows " + yen(atPayPay));
        }
        int added = 0;
        for (RefundDetails refund : refundsAtPayPay.values()) {
            if (!ourRefunds.containsKey(refund.merchantRefundId()) && recordOutsideRefund(p, refund, r)) {
                added++;
            }
        }
        return added == 0 ? null : added + " refund(s) made " + OUTSIDE + ": recorded";
    }

    private boolean recordOutsideRefund(PaymentRecord p, RefundDetails refund, OpaResult<?> r) {
        long amount = refund.amount() == null ? 0 : refund.amount().amount();
        OperationRecord op;
        try {
            op = ctx.journal().insertOperation(NewOperation.refund(p.merchantPaymentId(), refund.merchantRefundId(),
                    amount, "Refunded " + OUTSIDE));
        } catch (IllegalArgumentException | DuplicateIdException e) {
            flag(p, "PayPay shows refund " + refund.merchantRefundId() + " that cannot be recorded: " + e.getMessage());
            return false;
        }
        long refunded = p.refundedTotal() + amount;
        PaymentState state = refunded >= OperationUpdates.paid(p) ? PaymentState.REFUNDED
                : PaymentState.PARTIALLY_REFUNDED;
        updates.change(op, EnumSet.of(OperationState.PENDING), OperationState.SUCCEEDED, "REFUNDED", r,
                PaymentChange.to(state).withPaypayStatus(state == PaymentState.REFUNDED ? "REFUNDED"
                        : p.paypayStatus()).withAttention("Refunded " + OUTSIDE), null);
        return true;
    }

    private static String yen(long amount) {
        return String.format("¥%,d", amount);
    }

    private String flag(PaymentRecord p, String what) {
        ctx.journal().transition(p.merchantPaymentId(), p.state(), PaymentChange.keepState()
                .withAttention("Differs from PayPay: " + what));
        return "!" + what + " (flagged)";
    }
}
