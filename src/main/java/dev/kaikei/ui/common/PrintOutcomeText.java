package dev.kaikei.ui.common;

import dev.kaikei.receipt.PrintOutcome;

/**
 * How a print went, in the screen's language: "Receipt No.000001 printed", or what is wrong with the printer and that
 * the receipt waits in the reprint queue, the sale being complete. (The print queue's own message is English, with
 * the printer's address, for the log and the command line.)
 */
public final class PrintOutcomeText {

    private PrintOutcomeText() {
    }

    public static String of(PrintOutcome outcome, Messages messages) {
        String kind = outcome.isReturn() ? "receipt.label.return"
                : outcome.isRyoshusho() ? "receipt.label.ryoshusho" : "receipt.label.sale";
        String label = messages.format(kind, outcome.number().digits())
                + (outcome.reprint() ? messages.get("receipt.label.reprint") : "");
        return outcome.problem().map(p -> messages.format("receipt.status.waits",
                messages.get("receipt.problem." + p.name()), label))
                .orElseGet(() -> messages.format("receipt.status.printed", label));
    }
}
