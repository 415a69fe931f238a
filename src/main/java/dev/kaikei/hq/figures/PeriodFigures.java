package dev.kaikei.hq.figures;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures of business days {@code from..to} (inclusive) per store and till, and by tender.
 *
 * @param tenders sales per tender (PayPay QR, PayPay direct debit, ...), before cancels and refunds
 */
public record PeriodFigures(LocalDate from, LocalDate to, List<StoreFigures> stores, List<TenderFigures> tenders) {

    public long salesYen() {
        return stores.stream().mapToLong(StoreFigures::salesYen).sum();
    }

    public long salesCount() {
        return stores.stream().mapToLong(StoreFigures::salesCount).sum();
    }

    public long refundsYen() {
        return stores.stream().mapToLong(StoreFigures::refundsYen).sum();
    }

    public long cancelsYen() {
        return stores.stream().mapToLong(StoreFigures::cancelsYen).sum();
    }

    public long netYen() {
        return stores.stream().mapToLong(StoreFigures::netYen).sum();
    }

    public long unresolved() {
        return stores.stream().mapToLong(StoreFigures::unresolved).sum();
    }
}
