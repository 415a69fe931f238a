package dev.kaikei.journal;

import java.time.Instant;

/**
 * A receipt's number and what it is for.
 *
 * @param id          local id
 * @param terminalId  the terminal whose sequence gave the number
 * @param number      1, 2, 3… per terminal, never reused
 * @param kind        sale or return
 * @param saleId      the sale
 * @param operationId the refund or cancel of a return receipt, else null
 * @param issuedAt    when the number was given
 */
public record ReceiptRecord(long id, String terminalId, long number, ReceiptKind kind, long saleId, Long operationId,
                            Instant issuedAt) {
}
