package dev.kaikei.cli;

import dev.kaikei.receipt.ReceiptException;
import dev.kaikei.receipt.ReceiptFiles;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * The paper outputs of a till report ({@code --print}, {@code --out FILE.pdf}): a report that was journaled already
 * stays journaled whatever the printer does, so a paper problem is said on stderr and turns into exit 5 (printer) or
 * 73 (file), never into a lost close.
 */
final class ReportPaper {

    private static final long WAIT_SECONDS = 60;

    @Option(names = "--print", description = "Also print it on the receipt printer (printer.type).")
    boolean print;

    @Option(names = "--out", paramLabel = "FILE.pdf", description = "Also save it as a PDF (owner-only).")
    Path pdf;

    @Option(names = "--force", description = "Overwrite an existing --out file.")
    boolean force;

    /** Why the --out file must not be written, checked before anything is journaled. */
    Optional<String> refusal(String exampleName) {
        return pdf == null ? Optional.empty() : OutputFile.refusal(pdf, force, exampleName);
    }

    /** Writes and prints as asked; returns the exit code of the paper part (0 when all went, or nothing was asked). */
    int emit(Supplier<byte[]> pdfBytes, Supplier<CompletableFuture<Void>> printing, PrintWriter out, PrintWriter err)
            throws InterruptedException {
        int code = ExitCodes.OK;
        if (pdf != null) {
            try {
                ReceiptFiles.writePrivately(pdf, pdfBytes.get());
                out.println("Saved " + pdf.toAbsolutePath());
            } catch (UncheckedIOException | ReceiptException e) {
                err.println("Not saved: " + e.getMessage());
                code = ExitCodes.CANT_CREATE;
            }
        }
        if (print) {
            try {
                printing.get().get(WAIT_SECONDS, TimeUnit.SECONDS);
                out.println("Printed.");
            } catch (ExecutionException e) {
                err.println("Not printed: " + e.getCause().getMessage());
                code = ExitCodes.FAILED;
            } catch (TimeoutException e) {
                err.println("Not printed: the printer has not finished within " + WAIT_SECONDS + " s");
                code = ExitCodes.FAILED;
            }
        }
        out.flush();
        err.flush();
        return code;
    }
}
