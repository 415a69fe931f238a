package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.journal.TillSessionRecord;
import dev.kaikei.journal.TillStateException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kaikei till open --float YEN}. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Opens the till with the change in the drawer. After a close the same day, the till opens for"
                + " the next business day.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Opened.", ExitCodes.L_ERROR, ExitCodes.L_USAGE, "3:The till is open already.",
            ExitCodes.L_JOURNAL, ExitCodes.L_IN_USE, ExitCodes.L_CONFIG})
final class TillOpenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    TillCommand till;

    @Option(names = "--float", required = true, paramLabel = "YEN", converter = FloatConverter.class,
            description = "The change in the drawer (0 or more).")
    long openingFloat;

    @Override
    public Integer call() {
        try (AppContext context = till.root.openContext(AppOptions.Role.OWNER, false)) {
            TillSessionRecord s;
            try {
                s = context.till().open(openingFloat);
            } catch (TillStateException e) {
                return TillCommand.refused(spec, e);
            }
            spec.commandLine().getOut().println("Till open for business day " + s.day().date() + " with a float of "
                    + Money.yen(s.openingFloat()) + ".");
            return ExitCodes.OK;
        }
    }
}
