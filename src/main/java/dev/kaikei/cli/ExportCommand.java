package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.accounting.EntryFormat;
import dev.kaikei.app.AppOptions;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kaikei export}: the payments of a range of business days as CSV, or with {@code --accounting} the days' takings
 * as journal entries (仕訳) to import into freee or Money Forward (read-only).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the payments of business days FROM..TO (Asia/Tokyo, inclusive) to a CSV file.",
            "With --accounting freee|moneyforward: one journal entry (仕訳) per day of its sales per tender (現金, 売掛金"
                    + " PayPay) and tax rate, one of its refunds, in that product's import format (Shift_JIS, CRLF)."
                    + " PayPay's fees are left out (book them with PayPay's payout).",
            "The file is written completely or not at all. Read-only: runs beside the cashier app."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.L_OK, ExitCodes.L_ERROR,
            "2:Bad flag or argument (bad date, --from after --to).",
            "73:The output file exists (use --force) or cannot be written.",
            ExitCodes.L_JOURNAL, ExitCodes.L_CONFIG})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    KaikeiCommand root;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "First business day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Last business day (default: the same as --from).")
    LocalDate to;

    @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The CSV file to write.")
    Path out;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Option(names = "--accounting", paramLabel = "freee|moneyforward", converter = FormatConverter.class,
            description = "Write journal entries for this accounting product instead of the payments.")
    EntryFormat accounting;

    /** {@code freee} or {@code moneyforward}, as the issue names them. */
    static final class FormatConverter implements CommandLine.ITypeConverter<EntryFormat> {
        @Override
        public EntryFormat convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "freee" -> EntryFormat.FREEE;
                case "moneyforward" -> EntryFormat.MONEYFORWARD;
                default -> throw new CommandLine.TypeConversionException("'" + value + "' is not freee or"
                        + " moneyforward");
            };
        }
    }

    @Override
    public Integer call() {
        LocalDate last = to != null ? to : from;
        if (from.isAfter(last)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is after --to " + last);
        }
        Optional<String> refusal = OutputFile.refusal(out, force, accounting != null ? "entries.csv"
                : "payments.csv");
        if (refusal.isPresent()) {
            return cannotWrite(refusal.get());
        }
        try (AppContext context = root.openContext(AppOptions.Role.READER, false)) {
            int rows;
            try {
                if (accounting != null) {
                    rows = context.accounting().write(from, last, accounting, out);
                    spec.commandLine().getOut().println("Exported " + rows + " journal entry line"
                            + (rows == 1 ? "" : "s") + " for " + accounting.name().toLowerCase(Locale.ROOT)
                            + " (" + from + (last.equals(from) ? "" : " to " + last) + ") to " + out);
                    return ExitCodes.OK;
                }
                rows = context.history().exportCsv(from, last, out);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            } catch (UncheckedIOException | SecurityException | dev.kaikei.journal.JournalException e) {
                return cannotWrite(e.getMessage().startsWith("Cannot write") ? e.getMessage()
                        : "Cannot write " + out + ": " + e.getMessage());
            }
            spec.commandLine().getOut().println("Exported " + rows + " payment" + (rows == 1 ? "" : "s") + " ("
                    + from + (last.equals(from) ? "" : " to " + last) + ") to " + out);
            return ExitCodes.OK;
        }
    }

    private int cannotWrite(String message) {
        spec.commandLine().getErr().println(message);
        return ExitCodes.CANT_CREATE;
    }
}
