package dev.kaikei.receipt;

import java.time.Instant;

/**
 * A receipt in the reprint queue, for the cashier's list: which receipt, why it waits, since when.
 *
 * @param printId the journaled print
 * @param number  the receipt's number
 * @param isReturn a return receipt (refund or cancel)
 * @param problem what the printer said (may be empty after a crash mid-print)
 * @param since   when it was asked for
 */
public record WaitingPrint(long printId, ReceiptNumber number, boolean isReturn, String problem, Instant since) {
}
