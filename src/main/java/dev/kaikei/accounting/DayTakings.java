package dev.kaikei.accounting;

import dev.kaikei.sale.TaxRate;
import dev.kaikei.sale.TenderKind;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What one business day took and gave back, per tender and tax rate, tax included: the figures the accounting export
 * books as journal entries and End of day shows side by side. PayPay's fees are not in the journal and are left out.
 *
 * @param day     the business day
 * @param sales   per tender and rate: the sales of the day whose money was taken
 * @param refunds per tender and rate: what went back to customers on the day (PayPay refunds and cancels PayPay
 *                confirmed, cash handed back)
 */
public record DayTakings(LocalDate day, Map<Key, Amount> sales, Map<Key, Amount> refunds) {

    public DayTakings {
        Objects.requireNonNull(day, "day");
        sales = Map.copyOf(sales);
        refunds = Map.copyOf(refunds);
    }

    /** A tender and a tax rate. */
    public record Key(TenderKind tender, TaxRate rate) {
    }

    /**
     * @param gross yen, tax included
     * @param tax   the consumption tax inside {@code gross}
     * @param count how many sales (or refunds) make it up
     */
    public record Amount(long gross, long tax, int count) {

        static final Amount ZERO = new Amount(0, 0, 0);

        Amount plus(long moreGross, long moreTax) {
            return new Amount(Math.addExact(gross, moreGross), Math.addExact(tax, moreTax), count + 1);
        }
    }

    /** Sales of a tender at a rate (zero when none). */
    public Amount sold(TenderKind tender, TaxRate rate) {
        return sales.getOrDefault(new Key(tender, rate), Amount.ZERO);
    }

    /** Refunds of a tender at a rate (zero when none). */
    public Amount refunded(TenderKind tender, TaxRate rate) {
        return refunds.getOrDefault(new Key(tender, rate), Amount.ZERO);
    }

    /** Sales of a tender over all rates, in yen. */
    public long sold(TenderKind tender) {
        return sales.entrySet().stream().filter(e -> e.getKey().tender() == tender)
                .mapToLong(e -> e.getValue().gross()).sum();
    }

    /** Refunds of a tender over all rates, in yen. */
    public long refunded(TenderKind tender) {
        return refunds.entrySet().stream().filter(e -> e.getKey().tender() == tender)
                .mapToLong(e -> e.getValue().gross()).sum();
    }
}
