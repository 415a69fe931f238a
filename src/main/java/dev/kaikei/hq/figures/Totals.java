package dev.kaikei.hq.figures;

import java.util.Collection;
import java.util.function.Function;

/**
 * Sales figures of a till, a store or the business, added up the way a till's own end-of-day report does.
 *
 * @param salesCount payments that took money
 * @param salesYen   their yen
 * @param refundsYen yen refunded by refunds started in the period
 * @param cancelsYen yen of sales canceled
 * @param unresolved payments and operations not settled yet
 */
public record Totals(long salesCount, long salesYen, long refundsYen, long cancelsYen, long unresolved) {

    /** Sales less cancels less refunds. */
    public long netYen() {
        return salesYen - cancelsYen - refundsYen;
    }

    Totals plus(Totals o) {
        return new Totals(salesCount + o.salesCount, salesYen + o.salesYen, refundsYen + o.refundsYen,
                cancelsYen + o.cancelsYen, unresolved + o.unresolved);
    }

    static <T> Totals sum(Collection<T> parts, Function<T, Totals> totals) {
        return parts.stream().map(totals).reduce(new Totals(0, 0, 0, 0, 0), Totals::plus);
    }
}
