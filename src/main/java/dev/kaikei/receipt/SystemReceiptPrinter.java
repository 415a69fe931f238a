package dev.kaikei.receipt;

import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterAbortException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * A printer of the operating system (an office or any desktop printer): prints the PDF receipt through Java's print
 * service, with the system's print dialog when there is a screen to show it on.
 */
public final class SystemReceiptPrinter implements ReceiptPrinter {

    private final boolean dialog;

    /** @param dialog show the print dialog (choose a printer, copies); ignored without a display */
    public SystemReceiptPrinter(boolean dialog) {
        this.dialog = dialog && !GraphicsEnvironment.isHeadless();
    }

    /** Prints {@code pdf}, a PDF receipt. */
    @Override
    public void send(byte[] pdf) throws PrinterException {
        if (PrinterJob.lookupPrintServices().length == 0) {
            throw new PrinterException(PrinterProblem.UNREACHABLE, "No printer is installed on this computer");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName("Kaikei receipt");
            job.setPageable(new PDFPageable(doc));
            if (dialog && !job.printDialog()) {
                throw new PrinterException(PrinterProblem.NOT_RESPONDING, "Printing was cancelled in the print dialog");
            }
            job.print();
        } catch (PrinterAbortException e) {
            throw new PrinterException(PrinterProblem.NOT_RESPONDING, "Printing was cancelled", e);
        } catch (java.awt.print.PrinterException | IOException e) {
            throw new PrinterException(PrinterProblem.NOT_RESPONDING, "The system printer failed: " + e.getMessage(),
                    e);
        }
    }

    @Override
    public boolean takesPdf() {
        return true;
    }

    @Override
    public String description() {
        return "system printer";
    }
}
