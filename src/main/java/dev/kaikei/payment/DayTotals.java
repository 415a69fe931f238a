package dev.kaikei.payment;

import java.time.LocalDate;

/**
 * End-of-day totals of one business day (Asia/Tokyo): sales (gross), cancels, refunds, net, and how many items are
 * still unresolved (the journal's DayReport definitions).
 */
public record DayTotals(LocalDate day, int salesCount, long grossYen, int cancelCount, long cancelYen,
                        int refundCount, long refundYen, long netYen, int unresolvedCount) {
}
