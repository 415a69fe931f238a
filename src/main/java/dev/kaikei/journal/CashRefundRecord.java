package dev.kaikei.journal;

import java.time.Instant;

/**
 * Cash handed back for (part of) a sale paid in cash, with the number of its return receipt (返還インボイス).
 *
 * @param id             local id
 * @param saleId         the sale returned
 * @param movementId     the till's CASH_REFUND movement that took the cash out of the drawer
 * @param amount         yen handed back
 * @param reason         what the cashier typed, may be null
 * @param receiptNumber  the return receipt's number in {@code terminalId}'s receipt sequence
 * @param createdAt      when
 */
public record CashRefundRecord(long id, long saleId, long movementId, long amount, String reason, String terminalId,
                               long receiptNumber, Instant createdAt) {
}
