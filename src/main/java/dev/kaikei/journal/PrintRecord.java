package dev.kaikei.journal;

import java.time.Instant;

/**
 * One print (or save, or display) of a receipt.
 *
 * @param id        local id
 * @param receipt   the receipt printed
 * @param output    printer, PDF, text or system printer
 * @param variant   receipt or 領収書
 * @param reprint   marked 再発行
 * @param addressee 領収書 宛名, may be null
 * @param purpose   領収書 但し書き, may be null
 * @param state     how it went
 * @param detail    why it waits (the printer's problem), may be null
 * @param createdAt when it was asked for
 * @param updatedAt last change
 */
public record PrintRecord(long id, ReceiptRecord receipt, PrintOutput output, ReceiptVariant variant, boolean reprint,
                          String addressee, String purpose, PrintState state, String detail, Instant createdAt,
                          Instant updatedAt) {
}
