package dev.kaikei.hq.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures of business days {@code from..to} (inclusive) per store and till, and by tender.
 *
 * @param tenders sales per tender (PayPay QR, PayPay direct debit, ..., cash), before cancels and refunds
 * @param rates   sales rung up with items, per consumption tax rate
 * @param closes  the tills' sessions (opened, or closed with a Z report) of those days, newest first
 */
public record PeriodFigures(LocalDate from, LocalDate to, List<StoreFigures> stores, List<TenderFigures> tenders,
                            List<RateFigures> rates, List<TillClose> closes) {

    public Totals totals() {
        return Totals.sum(stores, StoreFigures::totals);
    }
}
