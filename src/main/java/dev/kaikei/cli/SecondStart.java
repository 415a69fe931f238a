package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.SingleInstance;
import dev.kaikei.app.StartupException;
import dev.kaikei.config.Settings;
import java.io.PrintWriter;

/**
 * What the cashier app does when started while its journal is in use: bring the running app to the front and exit
 * successfully, or explain who holds the journal.
 */
final class SecondStart {

    private SecondStart() {
    }

    /** Handles a failed start; anything but "journal in use" is rethrown for the usual error handling. */
    static int handle(StartupException failure, Settings settings, PrintWriter out, PrintWriter err) {
        if (failure.reason() != StartupException.Reason.IN_USE) {
            throw failure;
        }
        SingleInstance.Outcome outcome = AppContext.focusRunningApp(settings);
        if (outcome == SingleInstance.Outcome.FOCUSED) {
            out.println("Kaikei is already running with the journal " + settings.journalPath()
                    + ": focused the running app.");
            return ExitCodes.OK;
        }
        err.println(failure.getMessage() + explain(outcome, settings));
        return ExitCodes.IN_USE;
    }

    private static String explain(SingleInstance.Outcome outcome, Settings settings) {
        return switch (outcome) {
            case NO_WINDOW -> "\n(It is a command that moves money, not the cashier app: wait for it to finish.)";
            case NOT_ANSWERING -> "\n(The process holding it does not answer: it may be hung. Close it, or end it in"
                    + " the task manager, and start again. " + SingleInstance.instanceFile(settings.journalPath())
                    + " may be stale; it is rewritten at the next start.)";
            case NO_INSTANCE, FOCUSED -> "";
        };
    }
}
