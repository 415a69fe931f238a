package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.receipt.PrintOutcome;
import dev.kaikei.receipt.ReceiptException;
import dev.kaikei.receipt.ReceiptFiles;
import dev.kaikei.receipt.ReceiptRequest;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code kaikei receipt}: a paid payment's receipt (or the return receipt of its refund or cancel) as text, as PDF or
 * on the receipt printer. The first issue is the original; any later one must be a reprint, marked 再発行 with the same
 * number. Every issue is journaled.
 */
@Command(name = "receipt", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Issues the receipt of a paid payment: as plain text (the default), as a PDF, or on the"
                + " receipt printer (printer.type). With --refund, the return receipt (返還インボイス) of a refund"
                + " (its id) or of the cancel (`--refund cancel`).",
            "",
            "A receipt has one number, from this terminal's sequence, for good: a second issue must say --reprint"
                    + " and is marked 再発行."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Issued (printed, saved or shown).", ExitCodes.L_ERROR, ExitCodes.L_USAGE,
            "3:Refused: not paid (yet), no such refund, already issued (use --reprint) or never issued (drop"
                    + " --reprint).",
            "5:The printer did not take it (off, out of paper, unreachable): it waits in the reprint queue.",
            ExitCodes.L_NOT_FOUND, "73:The PDF file exists (use --force) or cannot be written.", ExitCodes.L_JOURNAL,
            ExitCodes.L_IN_USE, ExitCodes.L_CONFIG})
final class ReceiptCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    KaikeiCommand root;

    @Parameters(index = "0", paramLabel = "MERCHANT_PAYMENT_ID", description = "The payment (see `kaikei payments`).")
    String merchantPaymentId;

    @ArgGroup(exclusive = true)
    Output output = new Output();

    /** Where the receipt goes; plain text when none is given. */
    static final class Output {
        @Option(names = "--text", description = "Print the receipt as plain text on stdout (the default).")
        boolean text;

        @Option(names = "--out", paramLabel = "FILE.pdf", description = "Save the receipt as a PDF (owner-only).")
        Path pdf;

        @Option(names = "--print", description = "Print on the receipt printer (printer.type).")
        boolean print;
    }

    @Option(names = "--reprint", description = "Issue it again, marked 再発行, with the same number.")
    boolean reprint;

    @Option(names = "--refund", paramLabel = "ID",
            description = "The return receipt of this refund (its merchant refund id), or of the cancel: `cancel`.")
    String refund;

    @Option(names = "--ryoshusho", description = "A 領収書 instead of the receipt, with --to and --for.")
    boolean ryoshusho;

    @Option(names = "--to", paramLabel = "NAME", description = "領収書: the addressee (宛名); blank if left out.")
    String addressee;

    @Option(names = "--for", paramLabel = "TEXT", description = "領収書: what it was for (但し書き), e.g. お品代.")
    String purpose;

    @Option(names = "--force", description = "Overwrite an existing --out file.")
    boolean force;

    @Override
    public Integer call() throws InterruptedException {
        if (!ryoshusho && (addressee != null || purpose != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to and --for belong to --ryoshusho");
        }
        if (output.pdf != null) {
            Optional<String> refusal = OutputFile.refusal(output.pdf, force, "receipt.pdf");
            if (refusal.isPresent()) {
                return fail(ExitCodes.CANT_CREATE, refusal.get());
            }
        }
        try (AppContext context = root.openContext(AppOptions.Role.OWNER, false)) {
            ReceiptRequest request = request(context);
            if (output.print) {
                return print(context, request);
            }
            if (output.pdf != null) {
                ReceiptFiles.writePrivately(output.pdf, context.sales().receipts().pdf(request));
                out().println("Saved " + output.pdf.toAbsolutePath());
                return ExitCodes.OK;
            }
            out().print(context.sales().receipts().text(request));
            out().flush();
            return ExitCodes.OK;
        } catch (ReceiptException e) {
            return fail(switch (e.reason()) {
                case UNKNOWN_PAYMENT -> ExitCodes.NOT_FOUND;
                case NO_OUTPUT -> ExitCodes.CONFIG;
                default -> ExitCodes.REFUSED;
            }, e.getMessage());
        } catch (UncheckedIOException e) {
            return fail(ExitCodes.CANT_CREATE, e.getMessage());
        }
    }

    private ReceiptRequest request(AppContext context) {
        ReceiptRequest r = refund == null ? ReceiptRequest.sale(merchantPaymentId, context.settings().locale())
                : ReceiptRequest.returnOf(merchantPaymentId, refund, context.settings().locale());
        try {
            r = ryoshusho ? r.asRyoshusho(addressee, purpose) : r;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return reprint ? r.asReprint() : r;
    }

    private int print(AppContext context, ReceiptRequest request) throws InterruptedException {
        try {
            PrintOutcome outcome = context.sales().receipts().print(request).get(60, TimeUnit.SECONDS);
            if (outcome.printed()) {
                out().println(outcome.message());
                return ExitCodes.OK;
            }
            return fail(ExitCodes.FAILED, outcome.message());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ReceiptException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            return fail(ExitCodes.FAILED, "The printer has not finished within 60 s");
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private int fail(int code, String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(message);
        err.flush();
        return code;
    }
}
