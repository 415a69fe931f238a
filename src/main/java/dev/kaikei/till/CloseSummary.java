package dev.kaikei.till;

import java.time.Instant;

/**
 * One close (精算) of a business day as End of day lists it beside PayPay's totals.
 *
 * @param zNumber      the Z report's number
 * @param closedAt     when
 * @param cashSales    cash taken for sales (their cash part)
 * @param expectedCash what the drawer should have held
 * @param countedCash  what was counted
 * @param overShort    counted minus expected
 * @param paypayNet    PayPay's net in the same period
 */
public record CloseSummary(int zNumber, Instant closedAt, long cashSales, long expectedCash, long countedCash,
                           long overShort, long paypayNet) {
}
