package dev.kaikei.receipt;

import dev.kaikei.journal.PrintRecord;
import dev.kaikei.journal.ReceiptKind;
import dev.kaikei.journal.ReceiptVariant;
import java.util.Optional;

/**
 * How a print went: printed, or waiting in the reprint queue with the printer's problem and what to tell the cashier.
 *
 * @param print   the journaled print (state DONE or WAITING)
 * @param problem the printer's problem when it waits
 * @param message for the cashier: "Receipt No.000123 printed" or why it waits
 */
public record PrintOutcome(PrintRecord print, Optional<PrinterProblem> problem, String message) {

    public boolean printed() {
        return problem.isEmpty();
    }

    /** The printed receipt's number. */
    public ReceiptNumber number() {
        return new ReceiptNumber(print.receipt().terminalId(), print.receipt().number());
    }

    /** A return receipt (refund or cancel), not a sale's. */
    public boolean isReturn() {
        return print.receipt().kind() == ReceiptKind.RETURN;
    }

    /** A 領収書, not a receipt. */
    public boolean isRyoshusho() {
        return print.variant() == ReceiptVariant.RYOSHUSHO;
    }

    /** Marked 再発行. */
    public boolean reprint() {
        return print.reprint();
    }
}
