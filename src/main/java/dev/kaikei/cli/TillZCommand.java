package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.journal.ZReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kaikei till z [N] [--print] [--out FILE.pdf]}: a Z report again, as frozen at its close. */
@Command(name = "z", mixinStandardHelpOptions = true,
        description = {"Shows a Z report again (the last one, or number N) as it was frozen at its close; --print"
                + " prints it on the receipt printer, --out saves it as a PDF."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.L_OK, ExitCodes.L_ERROR, ExitCodes.L_USAGE,
            "5:The printer did not take it.", "7:No such Z report (or none yet).",
            "73:The --out file exists (use --force) or cannot be written.", ExitCodes.L_JOURNAL,
            ExitCodes.L_CONFIG})
final class TillZCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    TillCommand till;

    @Parameters(index = "0", arity = "0..1", paramLabel = "N", description = "The Z number (default: the last).")
    Integer number;

    @picocli.CommandLine.Mixin
    ReportPaper paper = new ReportPaper();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> refusal = paper.refusal("z-report.pdf");
        if (refusal.isPresent()) {
            err.println(refusal.get());
            return ExitCodes.CANT_CREATE;
        }
        try (AppContext context = till.root.openContext(AppOptions.Role.READER, false)) {
            Optional<ZReport> z = number == null ? context.till().lastZReport() : context.till().zReport(number);
            if (z.isEmpty()) {
                err.println(number == null ? "No close yet: there is no Z report." : "There is no Z report No."
                        + number + ".");
                return ExitCodes.NOT_FOUND;
            }
            PrintWriter out = spec.commandLine().getOut();
            TillCommand.TEXT.render(z.get(), context.settings().storeName(), context.settings().terminalId())
                    .forEach(out::println);
            int n = z.get().number();
            Locale locale = context.settings().locale();
            return paper.emit(() -> context.till().zReportPdf(n, locale), () -> context.till().printZReport(n,
                    locale), out, err);
        }
    }
}
