package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.receipt.PrintOutcome;
import dev.kaikei.receipt.ReceiptRequest;
import java.io.PrintWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code printer.autoPrint=always} on the command line: after a paid charge, a refund or a cancel the receipt is
 * printed, waiting a bounded time. A printer problem never changes the command's outcome (the money has moved); the
 * cashier is told, and the receipt waits in the reprint queue.
 */
final class AutoPrint {

    private static final long WAIT_SECONDS = 30;

    private AutoPrint() {
    }

    /** Whether receipts print by themselves here: always, and a printer is set up. */
    static boolean enabled(AppContext context) {
        return context.settings().sales().printer().autoPrint() == dev.kaikei.receipt.AutoPrint.ALWAYS
                && context.sales().printQueue().isPresent();
    }

    static void print(AppContext context, ReceiptRequest request, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        try {
            PrintOutcome outcome = context.sales().receipts().print(request).get(WAIT_SECONDS, TimeUnit.SECONDS);
            if (outcome.printed()) {
                out.println(outcome.message());
            } else {
                err.println("Receipt not printed: " + outcome.message());
            }
        } catch (ExecutionException e) {
            err.println("Receipt not printed: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            err.println("Receipt not printed yet: the printer has not finished within " + WAIT_SECONDS + " s;"
                    + " check it, and reprint from History or with `kaikei receipt`");
        }
        out.flush();
        err.flush();
    }
}
