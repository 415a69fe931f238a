package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.journal.CashCount;
import dev.kaikei.journal.CashCountRecord;
import dev.kaikei.journal.TillStateException;
import dev.kaikei.till.CashCounts;
import dev.kaikei.till.TillCheck;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kaikei till check [--counted "10000x2,1000x5,…"]}: 点検 without closing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"点検: shows the float, cash and PayPay totals and the cash the drawer should hold, without"
                + " closing. With --counted, compares the drawer counted by denomination and keeps the count."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Checked (over or short is shown, not an error).", ExitCodes.L_ERROR, ExitCodes.L_USAGE,
            "3:The till is not open.", ExitCodes.L_JOURNAL, ExitCodes.L_IN_USE, ExitCodes.L_CONFIG})
final class TillCheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    TillCommand till;

    @Option(names = "--counted", paramLabel = "COUNTS",
            description = "The drawer by denomination, e.g. \"10000x2,1000x5,500x3,100x12\".")
    String countedText;

    @Override
    public Integer call() {
        Optional<CashCount> counted = Optional.ofNullable(countedText).map(t -> TillCommand.counted(spec, t));
        // Only a counted check is kept; a look at the figures runs beside the cashier app.
        AppOptions.Role role = counted.isPresent() ? AppOptions.Role.OWNER : AppOptions.Role.READER;
        try (AppContext context = till.root.openContext(role, false)) {
            TillCheck check;
            try {
                check = context.till().check(counted);
            } catch (TillStateException e) {
                return TillCommand.refused(spec, e);
            }
            PrintWriter out = spec.commandLine().getOut();
            TillCommand.TEXT.renderCheck(check.session().day(), check.figures(), check.figures().to())
                    .forEach(out::println);
            check.count().ifPresent(c -> counts(out, c));
            return ExitCodes.OK;
        }
    }

    private static void counts(PrintWriter out, CashCountRecord c) {
        out.println("Counted " + CashCounts.format(c.count()) + " = " + Money.yen(c.counted()));
        out.println(c.overShort() == 0 ? "The drawer is right." : (c.overShort() > 0 ? "Over by " : "Short by ")
                + Money.yen(Math.abs(c.overShort())) + ".");
    }
}
