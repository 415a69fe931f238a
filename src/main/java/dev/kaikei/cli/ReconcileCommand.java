package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.payment.ReconcileSummary;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kaikei reconcile}: one reconciler pass now over every open journal row, with its summary. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Resolves every open payment, refund, cancel, capture and revert with PayPay now"
                + " (queries with the same ids; withdraws or cancels codes nobody paid) and prints what remains.",
            "", ActionCommand.HELP_SIMULATOR},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Nothing left open.", ExitCodes.L_ERROR, ExitCodes.L_USAGE,
            "6:Some items are still unresolved (listed); run again later or check them with PayPay.",
            ExitCodes.L_JOURNAL, ExitCodes.L_IN_USE, ExitCodes.L_CONFIG})
final class ReconcileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    KaikeiCommand root;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (root.loadSettings().isSimulator()) {
            spec.commandLine().getErr().println("Cannot reconcile in SIMULATOR mode. " + ActionCommand.HELP_SIMULATOR);
            return ExitCodes.USAGE;
        }
        try (AppContext context = root.openContext(AppOptions.Role.OWNER, false)) {
            ReconcileSummary s = context.engine().reconcileNow();
            out.println("Checked " + s.checked() + ", resolved " + s.resolved() + ", unresolved " + s.unresolved()
                    + ".");
            s.notes().forEach(n -> out.println("  unresolved: " + n));
            return s.isClean() ? ExitCodes.OK : ExitCodes.UNRESOLVED;
        }
    }
}
