package dev.kaikei.payment;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.CallEvent;
import dev.kaikei.journal.DayReport;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NeedsAttention;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentSearch;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.journal.Subscription;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The read side for the UI and CLI: today's payments, search, detail, needs-attention, day totals and CSV export. */
public final class PaymentHistory {

    private final Journal journal;
    private final Clock clock;
    private final PaymentActions actions;

    PaymentHistory(Journal journal, Clock clock, PaymentActions actions) {
        this.journal = journal;
        this.clock = clock;
        this.actions = actions;
    }

    /** Payments of today's business day (Asia/Tokyo), newest first. */
    public List<PaymentSummary> today() {
        return journal.paymentsOn(BusinessDay.today(clock)).stream().map(PaymentHistory::summary).toList();
    }

    public List<PaymentSummary> search(HistoryQuery q) {
        PaymentSearch s = PaymentSearch.all().page(q.limit(), q.offset())
                .withIdContaining(q.idText() == null || q.idText().isBlank() ? null : q.idText().strip())
                .withAmount(q.amount())
                .between(q.from() == null ? null : new BusinessDay(q.from()).start(),
                        q.to() == null ? null : new BusinessDay(q.to()).end());
        if (!q.states().isEmpty()) {
            s = s.withStates(EnumSet.copyOf(q.states()));
        }
        return journal.search(s).stream().map(PaymentHistory::summary).toList();
    }

    public Optional<PaymentDetail> detail(String merchantPaymentId) {
        return journal.findPayment(merchantPaymentId).map(p -> new PaymentDetail(summary(p),
                Optional.ofNullable(p.codeId()), Optional.ofNullable(p.expiresAt()), Optional.ofNullable(p.storeId()),
                Optional.ofNullable(p.terminalId()), Optional.ofNullable(p.lastRequestId()),
                journal.operationsFor(merchantPaymentId).stream().map(PaymentHistory::operation).toList(),
                journal.eventsFor(merchantPaymentId).stream().map(PaymentHistory::call).toList(),
                actions.options(merchantPaymentId)));
    }

    /** Payments a person must look at (unknown, stuck, or with an attention note), oldest first. */
    public List<PaymentSummary> needsAttention() {
        NeedsAttention n = journal.needsAttention();
        List<PaymentSummary> list = new ArrayList<>(n.payments().stream().map(PaymentHistory::summary)
                .toList());
        for (OperationRecord op : n.operations()) {
            if (list.stream().noneMatch(s -> s.merchantPaymentId().equals(op.merchantPaymentId()))) {
                journal.findPayment(op.merchantPaymentId()).map(PaymentHistory::summary).ifPresent(list::add);
            }
        }
        return list;
    }

    /** A person has looked at the payment's attention note: clear it (UNKNOWN payments stay listed regardless). */
    public void acknowledge(String merchantPaymentId) {
        journal.transition(merchantPaymentId, EnumSet.allOf(PaymentState.class),
                PaymentChange.keepState().withAttention(null));
    }

    public DayTotals dayTotals(LocalDate day) {
        DayReport r = journal.dayReport(new BusinessDay(day));
        return new DayTotals(day, r.salesCount(), r.gross(), r.cancelCount(), r.cancelTotal(), r.refundCount(),
                r.refundTotal(), r.net(), r.unresolvedCount());
    }

    /** Writes the CSV of business days first..last (inclusive) to {@code target}; returns the number of rows. */
    public int exportCsv(LocalDate first, LocalDate last, Path target) {
        return journal.exportCsv(new BusinessDay(first), new BusinessDay(last), target);
    }

    /** Tells {@code listener} the merchant payment id of every committed change (on the journal's thread). */
    public AutoCloseable onChange(Consumer<String> listener) {
        Subscription s = journal.addListener(change -> {
            if (change.merchantPaymentId() != null) {
                listener.accept(change.merchantPaymentId());
            }
        });
        return s::close;
    }

    static PaymentSummary summary(PaymentRecord p) {
        return new PaymentSummary(p.merchantPaymentId(), Optional.ofNullable(p.paypayPaymentId()),
                p.kind().isPreAuth(), p.amount(), p.description() == null ? "" : p.description(), p.state(),
                p.createdAt(), Optional.ofNullable(p.acceptedAt()), p.saleAmount(), p.refundedTotal(),
                p.capturedAmount(), Optional.ofNullable(p.attention()));
    }

    private static PaymentDetail.Operation operation(OperationRecord o) {
        return new PaymentDetail.Operation(o.id(), o.kind(), Optional.ofNullable(o.merchantOperationId()),
                o.amount(), Optional.ofNullable(o.reason()), o.state(), Optional.ofNullable(o.resultCode()),
                o.createdAt(), o.updatedAt());
    }

    private static PaymentDetail.Call call(CallEvent e) {
        return new PaymentDetail.Call(e.at(), e.operation(), Optional.ofNullable(e.merchantId()), e.httpStatus(),
                Optional.ofNullable(e.resultCode()), Optional.ofNullable(e.codeId()), e.outcome(),
                e.latencyMs(), Optional.ofNullable(e.requestId()), Optional.ofNullable(e.note()));
    }
}
