package dev.kaikei.ui.testing;

import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.ActionOptions;
import dev.kaikei.payment.DayTotals;
import dev.kaikei.payment.HistoryQuery;
import dev.kaikei.payment.PaymentDetail;
import dev.kaikei.payment.PaymentSummary;
import dev.kaikei.payment.ReconcileSummary;
import dev.kaikei.ui.common.HistoryService;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** An in-memory history: the test sets the payments and details, and reads back the queries the screen made. */
public final class FakeHistoryService implements HistoryService {

    public final List<PaymentSummary> payments = new ArrayList<>();
    public final List<PaymentSummary> attention = new ArrayList<>();
    public final Map<String, PaymentDetail> details = new HashMap<>();
    public final List<HistoryQuery> queries = new CopyOnWriteArrayList<>();
    public final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    public final List<LocalDate> totalsAsked = new ArrayList<>();
    public final List<Path> exports = new ArrayList<>();
    public DayTotals totals;
    public ReconcileSummary reconcile = new ReconcileSummary(0, 0, 0, List.of());
    public int reconcileRuns;

    /** A paid payment with a detail that allows cancel and refund. */
    public static PaymentSummary paid(String id, long yen, Instant at) {
        return new PaymentSummary(id, Optional.of("0426" + id.hashCode() + "7788990011"), false, yen, "Coffee",
                PaymentState.COMPLETED, at, Optional.of(at.plusSeconds(20)), yen, 0, 0, Optional.empty());
    }

    public static ActionOptions refundable(long max) {
        return new ActionOptions(true, true, false, false, Optional.of(Instant.parse("2026-03-01T15:14:59Z")), max, 0,
                "");
    }

    public void detail(PaymentSummary p, ActionOptions options, List<PaymentDetail.Call> calls) {
        details.put(p.merchantPaymentId(), new PaymentDetail(p, Optional.of("code-1"), Optional.empty(),
                Optional.of("S1"), Optional.of("T1"), Optional.of("req-last"), List.of(), calls, options));
    }

    /** Tells the screen the journal changed, as the engine would from its own thread. */
    public void changed(String merchantPaymentId) {
        listeners.forEach(l -> l.accept(merchantPaymentId));
    }

    @Override
    public List<PaymentSummary> search(HistoryQuery query) {
        queries.add(query);
        return List.copyOf(payments);
    }

    @Override
    public Optional<PaymentDetail> detail(String merchantPaymentId) {
        return Optional.ofNullable(details.get(merchantPaymentId));
    }

    @Override
    public List<PaymentSummary> needsAttention() {
        return List.copyOf(attention);
    }

    @Override
    public ReconcileSummary reconcileNow() {
        reconcileRuns++;
        return reconcile;
    }

    @Override
    public DayTotals dayTotals(LocalDate businessDay) {
        totalsAsked.add(businessDay);
        return totals;
    }

    @Override
    public int exportCsv(LocalDate first, LocalDate last, Path target) {
        exports.add(target);
        return payments.size();
    }

    @Override
    public AutoCloseable onChange(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
