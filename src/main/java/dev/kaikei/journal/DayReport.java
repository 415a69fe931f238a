package dev.kaikei.journal;

/**
 * End-of-day totals for one business day (Asia/Tokyo). Definitions:
 * <ul>
 *   <li><b>sales</b>: payments created on the day whose money was taken at some point (states COMPLETED,
 *       PARTIALLY_REFUNDED, REFUNDED, CANCELED), counted even if later refunded or cancelled; a pre-auth counts only
 *       once captured. {@code salesCount} is their number, {@code gross} the sum of their sale amounts (the amount, or
 *       the captured amount for a pre-auth).</li>
 *   <li><b>cancels</b>: the sales of the day now CANCELED (count and sale amount). A cancel is only possible until
 *       00:14:59 the next day, so it belongs to the day of the sale.</li>
 *   <li><b>refunds</b>: SUCCEEDED refund operations <em>requested</em> on the day (their createdAt), whatever the day
 *       of the sale, as in PayPay's reconciliation file (count and amount).</li>
 *   <li><b>net</b> = gross − cancelTotal − refundTotal.</li>
 *   <li><b>unresolved</b>: payments created on the day still in a non-final state (CREATING, AWAITING_PAYMENT,
 *       UNKNOWN, AUTHORIZED) plus operations created on the day not yet final (PENDING, ACCEPTED, UNKNOWN).</li>
 * </ul>
 * Payments that never took money (FAILED, EXPIRED, ABANDONED, REVERTED) count nowhere except in the export.
 */
public record DayReport(BusinessDay day, int salesCount, long gross, int cancelCount, long cancelTotal,
                        int refundCount, long refundTotal, long net, int unresolvedCount) {
}
