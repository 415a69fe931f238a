package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.journal.CashCount;
import dev.kaikei.journal.TillStateException;
import dev.kaikei.till.CashCounts;
import dev.kaikei.till.DayClosed;
import dev.kaikei.till.TillStatus;
import dev.kaikei.till.ZReportText;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kaikei till}: the till of this terminal. Without a subcommand it shows whether the till is open, since when,
 * with what float, and the cash the drawer should hold now.
 */
@Command(name = "till", mixinStandardHelpOptions = true,
        description = {"The till: open with a float, check (点検) any time, close (精算) with the drawer counted by"
                + " denomination. Without a subcommand, shows the till now."},
        subcommands = {TillOpenCommand.class, TillCheckCommand.class, TillCloseCommand.class,
            TillPaidInCommand.class, TillPaidOutCommand.class, TillZCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.L_OK, ExitCodes.L_ERROR, ExitCodes.L_USAGE, ExitCodes.L_JOURNAL,
            ExitCodes.L_CONFIG})
final class TillCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    KaikeiCommand root;

    @Override
    public Integer call() {
        try (AppContext context = root.openContext(AppOptions.Role.READER, false)) {
            PrintWriter out = spec.commandLine().getOut();
            TillStatus status = context.till().status();
            if (status.session().isEmpty()) {
                out.println("The till is not open.");
            } else {
                var s = status.session().get();
                out.println("The till is open for business day " + s.day().date() + " since "
                        + Money.time(s.openedAt()) + ", float " + Money.yen(s.openingFloat()) + ".");
                out.println("Cash expected in the drawer now: "
                        + Money.signed(status.figures().orElseThrow().expectedCash()));
            }
            status.dayClosed().ifPresent(d -> out.println(dayClosed(d)));
            return ExitCodes.OK;
        }
    }

    /** What the cashier is told after a close. */
    static String dayClosed(DayClosed d) {
        return "Business day " + d.closedDay() + " was closed at " + Money.time(d.closedAt())
                + "; sales now belong to " + d.salesDay() + ".";
    }

    /** Parses {@code --counted}; a mistake is a usage error naming the entry. */
    static CashCount counted(CommandSpec spec, String text) {
        try {
            return CashCounts.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--counted: " + e.getMessage());
        }
    }

    /** A till action that does not fit the till's state: said plainly, exit 3. */
    static int refused(CommandSpec spec, TillStateException e) {
        spec.commandLine().getErr().println("Refused: " + e.getMessage());
        return ExitCodes.REFUSED;
    }

    /** The command line speaks English, like its other output. */
    static final ZReportText TEXT = new ZReportText(Locale.ENGLISH);
}
