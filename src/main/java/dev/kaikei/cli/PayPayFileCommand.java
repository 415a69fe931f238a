package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.journal.FileDifference;
import dev.kaikei.journal.FileMatchRecord;
import dev.kaikei.journal.NewFileMatch;
import dev.kaikei.paypayfile.MatchResult;
import dev.kaikei.paypayfile.TerminalTotals;
import dev.kaikei.paypayfile.TransactionFileException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kaikei paypay-file}: matches PayPay's daily transaction file against the journal and keeps the outcome. */
@Command(name = "paypay-file", mixinStandardHelpOptions = true,
        description = {"Matches PayPay's daily transaction file (transaction_…csv or preauth_transaction_…csv,"
                + " Shift_JIS) against the journal by merchant payment, refund, capture and revert id, and lists per"
                + " store and terminal what PayPay has that the journal lacks, what the journal holds that PayPay's"
                + " file lacks, and amounts or statuses that differ, with both totals.",
            "The outcome is kept in the journal (shown in End of day). Runs beside the cashier app."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Every line matches the journal.", ExitCodes.L_ERROR,
            "2:Bad flag, or the file's day cannot be told (give --date).",
            "6:Differences remain (listed; kept in the journal).",
            "65:The file is not a valid PayPay transaction file (the line is named); nothing was kept.",
            "66:The file is missing or cannot be read.",
            ExitCodes.L_JOURNAL, ExitCodes.L_CONFIG})
final class PayPayFileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    KaikeiCommand root;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "PayPay's transaction file as delivered.")
    Path file;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The business day the file covers (default: from PayPay's file name, else from its lines).")
    LocalDate date;

    @Override
    public Integer call() {
        try (AppContext context = root.openContext(AppOptions.Role.READER, false)) {
            MatchResult result;
            try {
                result = context.transactionFiles().match(file, Optional.ofNullable(date));
            } catch (TransactionFileException e) {
                spec.commandLine().getErr().println(file.getFileName() + ": " + e.getMessage());
                return switch (e.problem()) {
                    case UNREADABLE -> ExitCodes.NO_INPUT;
                    case INVALID -> ExitCodes.DATA_ERROR;
                    case DAY_UNKNOWN -> ExitCodes.USAGE;
                };
            }
            print(result, spec.commandLine().getOut());
            return result.allMatch() ? ExitCodes.OK : ExitCodes.UNRESOLVED;
        }
    }

    private static void print(MatchResult result, PrintWriter out) {
        FileMatchRecord kept = result.kept();
        NewFileMatch m = kept.match();
        out.println("PayPay file " + m.fileName() + " (" + format(m) + "), business day " + m.day().date() + ": "
                + m.lineCount() + " line" + (m.lineCount() == 1 ? "" : "s"));
        for (TerminalTotals t : result.terminals()) {
            out.println();
            out.println("Store " + orDash(t.storeId()) + (t.storeName() != null ? " (" + t.storeName() + ")" : "")
                    + ", terminal " + orDash(t.terminalId()));
            out.printf("  PayPay  %4d lines  %14s    journal %14s%n", t.paypayLines(), Money.signed(t.paypayTotal()),
                    Money.signed(t.journalTotal()));
            List<FileDifference> here = m.differences().stream()
                    .filter(d -> Objects.equals(d.storeId(), t.storeId())
                            && Objects.equals(d.terminalId(), t.terminalId())).toList();
            section(out, "In PayPay, not in the journal", here, FileDifference.Kind.ONLY_IN_PAYPAY);
            section(out, "In the journal, not in PayPay's file", here, FileDifference.Kind.ONLY_IN_JOURNAL);
            section(out, "Amount differs", here, FileDifference.Kind.AMOUNT_DIFFERS);
            section(out, "Status differs", here, FileDifference.Kind.STATUS_DIFFERS);
        }
        for (TerminalTotals t : result.otherTerminals()) {
            out.println();
            out.println("Other till: store " + orDash(t.storeId()) + ", terminal " + orDash(t.terminalId()) + ": "
                    + t.paypayLines() + " lines, " + Money.signed(t.paypayTotal()) + " (not in this journal; match"
                    + " it on that till)");
        }
        out.println();
        out.println("Totals: PayPay " + Money.signed(m.paypayTotal()) + ", journal " + Money.signed(m.journalTotal()));
        int n = m.differences().size();
        out.println(n == 0 ? "All lines match. Kept as match #" + kept.id() + "."
                : n + " difference" + (n == 1 ? "" : "s") + " remain. Kept as match #" + kept.id()
                        + "; `kaikei reconcile` settles open payments, then match the file again.");
    }

    private static void section(PrintWriter out, String title, List<FileDifference> all, FileDifference.Kind kind) {
        List<FileDifference> list = all.stream().filter(d -> d.kind() == kind).toList();
        if (list.isEmpty()) {
            return;
        }
        out.println("  " + title + ":");
        for (FileDifference d : list) {
            out.println("    " + (d.lineNumber() != null ? "line " + d.lineNumber() + "  " : "") + d.merchantId()
                    + paypaySide(d) + journalSide(d));
        }
    }

    private static String paypaySide(FileDifference d) {
        return d.paypayStatus() == null ? "" : "  PayPay " + d.paypayStatus() + " " + Money.signed(d.paypayAmount());
    }

    private static String journalSide(FileDifference d) {
        if (d.paymentState() == null) {
            return "  journal: none";
        }
        String state = d.operationKind() != null
                ? d.operationKind() + " " + (d.operationState() != null ? d.operationState() : "") : d.paymentState()
                .name();
        return "  journal " + state.strip() + (d.journalAmount() != null ? " " + Money.signed(d.journalAmount()) : "");
    }

    private static String format(NewFileMatch m) {
        return switch (m.format()) {
            case INSTANT_V1 -> "instant payments, v1";
            case INSTANT_V2 -> "instant payments";
            case PREAUTH -> "pre-authorizations";
        };
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
