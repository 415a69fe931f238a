package dev.kaikei.ui.checkout;

import dev.kaikei.receipt.AutoPrint;
import dev.kaikei.receipt.PrintOutcome;
import dev.kaikei.receipt.ReceiptFiles;
import dev.kaikei.receipt.ReceiptRequest;
import dev.kaikei.ui.common.FileDialog;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.PrintOutcomeText;
import dev.kaikei.ui.common.Receipts;
import dev.kaikei.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The receipt after Paid: printed by itself ({@code printer.autoPrint=always}), or the cashier's choice of Print / PDF
 * / No receipt ({@code ask}). Printing and saving run in the background; a printer that cannot print leaves the
 * receipt in the reprint queue and the cashier is told, the sale being complete either way.
 */
public final class ReceiptChoice {

    /** No receipts offered: after Paid the keypad simply returns. */
    public static final ReceiptChoice NONE = new ReceiptChoice(null, null, null, null, null);

    private final Receipts receipts;
    private final TaskRunner tasks;
    private final Messages messages;
    private final FileDialog files;
    private final Locale locale;
    private final ReadOnlyBooleanWrapper choosing = new ReadOnlyBooleanWrapper(this, "choosing");
    private String merchantPaymentId;
    private Consumer<String> say = s -> { };
    private Runnable done = () -> { };

    public ReceiptChoice(Receipts receipts, TaskRunner tasks, Messages messages, FileDialog files, Locale locale) {
        this.receipts = receipts;
        this.tasks = tasks;
        this.messages = messages;
        this.files = files;
        this.locale = locale;
    }

    /**
     * The payment was confirmed: print, or offer the choice.
     *
     * @param paymentId the paid payment, or null for an authorization
     * @param tell shows a line to the cashier
     * @param next what follows once the receipt is dealt with (back to the keypad after the usual pause)
     */
    void paid(String paymentId, Consumer<String> tell, Runnable next) {
        if (receipts == null || paymentId == null) {
            next.run(); // none offered, or an authorization (its receipt follows the capture)
            return;
        }
        merchantPaymentId = paymentId;
        say = tell;
        done = next;
        AutoPrint mode = receipts.autoPrint();
        if (mode == AutoPrint.ALWAYS && receipts.hasPrinter()) {
            print();
        } else if (mode == AutoPrint.NEVER) {
            done.run();
        } else {
            choosing.set(true);
        }
    }

    /** Print on the receipt printer. */
    public void print() {
        choosing.set(false);
        say.accept(messages.get("receipt.status.printing"));
        tasks.task(() -> receipts.service().print(ReceiptRequest.sale(merchantPaymentId, locale)).join())
                .onSuccess(this::printed).onError(Exception.class, this::failed).start();
    }

    /** Save as PDF where the cashier chooses. */
    public void savePdf() {
        Optional<Path> target = files.saveFile(messages.get("receipt.button.pdf"), "receipt-" + merchantPaymentId
                + ".pdf", FileDialog.FileType.PDF);
        if (target.isEmpty()) {
            return; // still choosing
        }
        choosing.set(false);
        tasks.task(() -> {
            ReceiptFiles.writePrivately(target.get(), receipts.service().pdf(ReceiptRequest.sale(merchantPaymentId,
                    locale)));
            return target.get();
        }).onSuccess(path -> {
            say.accept(messages.format("receipt.status.saved", path.getFileName()));
            done.run();
        }).onError(Exception.class, this::failed).start();
    }

    /** No receipt for this sale (it can still be printed from History). */
    public void none() {
        choosing.set(false);
        done.run();
    }

    private void printed(PrintOutcome outcome) {
        say.accept(PrintOutcomeText.of(outcome, messages));
        done.run();
    }

    private void failed(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null
                ? e.getCause() : e;
        say.accept(messages.format("receipt.status.failed", cause.getMessage()));
        done.run();
    }

    /** True while the cashier is asked Print / PDF / No receipt. */
    public ReadOnlyBooleanProperty choosingProperty() {
        return choosing.getReadOnlyProperty();
    }

    public boolean canPrint() {
        return receipts != null && receipts.hasPrinter();
    }

    /** Whether receipts are offered at all. */
    public boolean offered() {
        return receipts != null;
    }
}
