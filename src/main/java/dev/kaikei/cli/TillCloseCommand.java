package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.journal.CashCount;
import dev.kaikei.journal.CloseAheadException;
import dev.kaikei.journal.ZReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kaikei till close --counted "…" [--next-float YEN]}: 精算. */
@Command(name = "close", mixinStandardHelpOptions = true,
        description = {"精算: closes the business day with the drawer counted by denomination: over/short, the next"
                + " float left in the drawer, and a numbered Z report. Sales after the close belong to the next"
                + " business day."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Closed; the Z report is shown (and printed or saved when asked).", ExitCodes.L_ERROR,
            "2:Bad flag (a count that is not denomination x pieces, a next float above the count).",
            "3:Refused: today is closed already and --next-day was not given (nothing changed).",
            "5:Closed, but the printer did not take the Z report (reprint it with `kaikei till z N --print`).",
            "73:Closed, but the --out file exists (use --force) or cannot be written; checked before closing.",
            ExitCodes.L_JOURNAL, ExitCodes.L_IN_USE, ExitCodes.L_CONFIG})
final class TillCloseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    TillCommand till;

    @Option(names = "--counted", required = true, paramLabel = "COUNTS",
            description = "The drawer by denomination, e.g. \"10000x2,1000x5,500x3,100x12\".")
    String countedText;

    @Option(names = "--next-float", paramLabel = "YEN", converter = FloatConverter.class,
            description = "Change to leave in the drawer for the next day (default: today's float, or all counted"
                    + " if less).")
    Long nextFloat;

    @Option(names = "--next-day", description = "Today is closed already: close the next business day (the sales"
            + " since the last close) now. Without it a second close the same day is refused.")
    boolean nextDay;

    @CommandLine.Mixin
    ReportPaper paper = new ReportPaper();

    @Override
    public Integer call() throws InterruptedException {
        CashCount counted = TillCommand.counted(spec, countedText);
        if (nextFloat != null && nextFloat > counted.total()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--next-float " + Money.yen(nextFloat)
                    + " is more than the " + Money.yen(counted.total()) + " counted in the drawer");
        }
        Optional<String> refusal = paper.refusal("z-report.pdf");
        if (refusal.isPresent()) {
            spec.commandLine().getErr().println(refusal.get());
            return ExitCodes.CANT_CREATE;
        }
        try (AppContext context = till.root.openContext(AppOptions.Role.OWNER, false)) {
            ZReport z;
            try {
                z = context.till().close(counted, nextFloat == null ? OptionalLong.empty()
                        : OptionalLong.of(nextFloat), nextDay);
            } catch (CloseAheadException e) {
                return TillCommand.refused(spec, e);
            }
            PrintWriter out = spec.commandLine().getOut();
            TillCommand.TEXT.render(z, context.settings().storeName(), context.settings().terminalId())
                    .forEach(out::println);
            out.println();
            out.println("Business day " + z.session().day().date() + " is closed; sales from now on belong to "
                    + z.session().day().date().plusDays(1) + ".");
            Locale locale = context.settings().locale();
            return paper.emit(() -> context.till().zReportPdf(z.number(), locale),
                    () -> context.till().printZReport(z.number(), locale), out, spec.commandLine().getErr());
        }
    }
}
