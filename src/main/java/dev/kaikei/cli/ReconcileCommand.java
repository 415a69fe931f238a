package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.journal.BusinessDay;
import dev.kaikei.payment.ReconcileSummary;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kaikei reconcile [--date D]}: one reconciler pass now over every open journal row and the business day's settled
 * payments (today, or the given day), with its summary.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Resolves every open payment, refund, cancel, capture and revert with PayPay now"
                + " (queries with the same ids; withdraws or cancels codes nobody paid), re-reads the day's paid, refunded and"
                + " cancelled payments from PayPay (records what was done outside Kaikei, flags what differs) and prints"
                + " what remains.",
            "", ActionCommand.HELP_SIMULATOR},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Nothing left open.", ExitCodes.L_ERROR, ExitCodes.L_USAGE,
            "6:Some items are still unresolved or differ from PayPay (listed); run again later or check them with PayPay.",
            ExitCodes.L_JOURNAL, ExitCodes.L_IN_USE, ExitCodes.L_CONFIG})
final class ReconcileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    KaikeiCommand root;

    @Mixin
    DayOption date;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (root.loadSettings().isSimulator()) {
            spec.commandLine().getErr().println("Cannot reconcile in SIMULATOR mode. " + ActionCommand.HELP_SIMULATOR);
            return ExitCodes.USAGE;
        }
        try (AppContext context = root.openContext(AppOptions.Role.OWNER, false)) {
            ReconcileSummary s = context.engine().reconcileNow(
                    new BusinessDay(date.day(context.options().clock())));
            out.println("Checked " + s.checked() + ", resolved " + s.resolved() + ", unresolved " + s.unresolved()
                    + ".");
            s.corrected().forEach(n -> out.println("  corrected: " + n));
            s.notes().forEach(n -> out.println("  unresolved: " + n));
            return s.isClean() ? ExitCodes.OK : ExitCodes.UNRESOLVED;
        }
    }
}
