package dev.kaikei.ui.common;

import dev.kaikei.payment.DayTotals;
import dev.kaikei.payment.HistoryQuery;
import dev.kaikei.payment.PaymentDetail;
import dev.kaikei.payment.PaymentEngine;
import dev.kaikei.payment.PaymentHistory;
import dev.kaikei.payment.PaymentSummary;
import dev.kaikei.payment.ReconcileSummary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The read side the History and End-of-day screens use; every method may read the journal or call PayPay, so the
 * view models call them off the UI thread. {@link #of(PaymentEngine)} adapts the real engine.
 */
public interface HistoryService {

    List<PaymentSummary> search(HistoryQuery query);

    Optional<PaymentDetail> detail(String merchantPaymentId);

    /** Payments a person must look at (unknown, stuck, or with an attention note), oldest first. */
    List<PaymentSummary> needsAttention();

    /** One reconciler pass now: queries PayPay about every unresolved item. */
    ReconcileSummary reconcileNow();

    DayTotals dayTotals(LocalDate businessDay);

    /** Writes the CSV of business days first..last (inclusive); returns the number of rows. */
    int exportCsv(LocalDate first, LocalDate last, Path target);

    /** Calls {@code listener} with the merchant payment id of every journal change, on a background thread. */
    AutoCloseable onChange(Consumer<String> listener);

    /** The engine's history and reconciler. */
    static HistoryService of(PaymentEngine engine) {
        PaymentHistory history = engine.history();
        return new HistoryService() {
            @Override
            public List<PaymentSummary> search(HistoryQuery query) {
                return history.search(query);
            }

            @Override
            public Optional<PaymentDetail> detail(String merchantPaymentId) {
                return history.detail(merchantPaymentId);
            }

            @Override
            public List<PaymentSummary> needsAttention() {
                return history.needsAttention();
            }

            @Override
            public ReconcileSummary reconcileNow() {
                return engine.reconcileNow();
            }

            @Override
            public DayTotals dayTotals(LocalDate businessDay) {
                return history.dayTotals(businessDay);
            }

            @Override
            public int exportCsv(LocalDate first, LocalDate last, Path target) {
                return history.exportCsv(first, last, target);
            }

            @Override
            public AutoCloseable onChange(Consumer<String> listener) {
                return history.onChange(listener);
            }
        };
    }
}
