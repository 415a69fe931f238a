package dev.kaikei.hq.figures;

import java.time.Instant;
import java.util.Optional;

/**
 * One till's figures for a day or range, computed as the till's own end-of-day report computes them.
 *
 * @param storeId     its store
 * @param terminalId  its id
 * @param salesCount  payments that took money
 * @param salesYen    their yen
 * @param refundsYen  yen refunded by refunds started in the period
 * @param cancelsYen  yen of sales canceled
 * @param unresolved  payments and operations of the period not settled yet
 * @param lastSyncAt  when the till last pushed, empty if never
 */
public record TerminalFigures(String storeId, String terminalId, long salesCount, long salesYen, long refundsYen,
                              long cancelsYen, long unresolved, Optional<Instant> lastSyncAt) {

    /** Sales less cancels less refunds. */
    public long netYen() {
        return salesYen - cancelsYen - refundsYen;
    }
}
