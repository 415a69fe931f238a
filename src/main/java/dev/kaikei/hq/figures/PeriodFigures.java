package dev.kaikei.hq.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures of business days {@code from..to} (inclusive) per store and till, and by tender.
 *
 * @param tenders sales per tender (PayPay QR, PayPay direct debit, ...), before cancels and refunds
 */
public record PeriodFigures(LocalDate from, LocalDate to, List<StoreFigures> stores, List<TenderFigures> tenders) {

    public Totals totals() {
        return Totals.sum(stores, StoreFigures::totals);
    }
}
