package dev.kaikei.receipt;

import dev.kaikei.journal.Journal;
import dev.kaikei.journal.PrintRecord;
import dev.kaikei.journal.PrintState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends receipts to the receipt printer one at a time on its own thread, so a printer that is off, out of paper or
 * unreachable never holds up a sale or the screen: a print it cannot take is journaled WAITING (the reprint queue)
 * and every listener hears how each print went.
 */
public final class PrintQueue implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PrintQueue.class);

    private final Journal journal;
    private final ReceiptPrinter printer;
    private final ExecutorService thread;
    private final List<Consumer<PrintOutcome>> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param printer the receipt printer
     * @param thread  a single-thread executor owned by the queue from now on (closed with it)
     */
    public PrintQueue(Journal journal, ReceiptPrinter printer, ExecutorService thread) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.printer = Objects.requireNonNull(printer, "printer");
        this.thread = Objects.requireNonNull(thread, "thread");
    }

    /** Tells {@code listener} of every print's outcome, on the print thread. */
    public AutoCloseable addListener(Consumer<PrintOutcome> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public String printerDescription() {
        return printer.description();
    }

    /** Whether the printer takes the PDF receipt rather than ESC/POS bytes. */
    public boolean takesPdf() {
        return printer.takesPdf();
    }

    /**
     * Runs {@code job} on the print thread: it journals a print (state SENDING) and renders its bytes; they are sent,
     * and the print becomes DONE, or WAITING with the printer's problem. The future fails only if the job itself
     * fails (a receipt that cannot be issued); a printer problem is an outcome, not a failure.
     */
    public CompletableFuture<PrintOutcome> submit(Supplier<PrintJob> job) {
        CompletableFuture<PrintOutcome> result = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                try {
                    result.complete(run(job.get()));
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException("the print queue is closed", e));
        }
        return result;
    }

    /**
     * Sends a document that is no receipt (the printer's test page) on the print thread, unjournaled; the future
     * fails with the {@link PrinterException} if the printer does not take it.
     */
    public CompletableFuture<Void> sendUnjournaled(byte[] document) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                try {
                    printer.send(document);
                    result.complete(null);
                } catch (PrinterException | RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException("the print queue is closed", e));
        }
        return result;
    }

    /** A journaled print and what to send for it (ESC/POS bytes, or the PDF for a system printer). */
    public record PrintJob(PrintRecord print, byte[] document, String label) {
    }

    private PrintOutcome run(PrintJob job) {
        PrintOutcome outcome;
        try {
            printer.send(job.document());
            PrintRecord done = journal.updatePrint(job.print().id(), PrintState.DONE, null);
            outcome = new PrintOutcome(done, Optional.empty(), job.label() + " printed");
            LOG.info("{} printed on {} ({} bytes)", job.label(), printer.description(), job.document().length);
        } catch (PrinterException e) {
            PrintRecord waiting = journal.updatePrint(job.print().id(), PrintState.WAITING, e.getMessage());
            String why = e.getMessage().endsWith("?") || e.getMessage().endsWith(".") ? e.getMessage()
                    : e.getMessage() + ".";
            outcome = new PrintOutcome(waiting, Optional.of(e.problem()), why + " " + job.label()
                    + " waits in the reprint queue; the sale is complete");
            LOG.warn("{} not printed: {}", job.label(), e.getMessage());
        }
        for (Consumer<PrintOutcome> l : listeners) {
            try {
                l.accept(outcome);
            } catch (RuntimeException e) {
                LOG.warn("A print listener failed", e);
            }
        }
        return outcome;
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
