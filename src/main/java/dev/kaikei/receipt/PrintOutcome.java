package dev.kaikei.receipt;

import dev.kaikei.journal.PrintRecord;
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
}
