package dev.kaikei.ui.history;

import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationState;
import dev.kaikei.payment.PaymentDetail;
import dev.kaikei.receipt.PrintOutcome;
import dev.kaikei.receipt.ReceiptFiles;
import dev.kaikei.receipt.ReceiptRequest;
import dev.kaikei.receipt.WaitingPrint;
import dev.kaikei.ui.common.FileDialog;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.PrintOutcomeText;
import dev.kaikei.ui.common.Receipts;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Receipts in History: the selected payment's receipt printed or saved as PDF (as issued the first time, marked
 * 再発行 after that), the return receipt of its last refund or cancel, and the reprint queue — receipts a printer could
 * not take, printed again once it is back. Printing runs on the print queue's thread, never on the screen's.
 */
public final class ReceiptActionsModel {

    private final Optional<Receipts> receipts;
    private final TaskRunner tasks;
    private final Messages messages;
    private final FileDialog files;

    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(this, "offered");
    private final ReadOnlyBooleanWrapper canPrint = new ReadOnlyBooleanWrapper(this, "canPrint");
    private final ReadOnlyBooleanWrapper hasReturn = new ReadOnlyBooleanWrapper(this, "hasReturn");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyIntegerWrapper waiting = new ReadOnlyIntegerWrapper(this, "waiting");
    private final ReadOnlyObjectWrapper<StatusMessage> status = new ReadOnlyObjectWrapper<>(this, "status",
            StatusMessage.NONE);
    private final ReadOnlyObjectWrapper<StatusMessage> queueStatus = new ReadOnlyObjectWrapper<>(this, "queueStatus",
            StatusMessage.NONE);

    private final StringProperty addressee = new SimpleStringProperty(this, "addressee", "");
    private final StringProperty purpose = new SimpleStringProperty(this, "purpose", "");

    private String paymentId;
    private Optional<String> returnOf = Optional.empty();

    /** @param receipts absent when the app offers no receipts: then nothing here is shown */
    public ReceiptActionsModel(Optional<Receipts> receipts, TaskRunner tasks, Messages messages, FileDialog files) {
        this.receipts = receipts;
        this.tasks = tasks;
        this.messages = messages;
        this.files = files;
    }

    /** Another payment was selected (or none): no word left over from the last one. */
    void selected() {
        paymentId = null;
        returnOf = Optional.empty();
        offered.set(false);
        canPrint.set(false);
        hasReturn.set(false);
        status.set(StatusMessage.NONE);
        addressee.set("");
        purpose.set("");
    }

    /** What can be issued for {@code d}: a receipt once PayPay took the money, a return receipt once one settled. */
    void show(PaymentDetail d) {
        paymentId = d.summary().merchantPaymentId();
        boolean paid = receipts.isPresent() && d.summary().state().wasPaid() && d.summary().saleAmount() > 0;
        offered.set(paid);
        canPrint.set(paid && receipts.get().hasPrinter());
        // The latest settled refund or cancel: the return receipt a customer asks for is the one just made.
        returnOf = d.operations().stream()
                .filter(o -> o.state() == OperationState.SUCCEEDED)
                .filter(o -> o.kind() == OperationKind.REFUND || o.kind() == OperationKind.CANCEL)
                .reduce((a, b) -> b)
                .flatMap(o -> o.kind() == OperationKind.CANCEL ? Optional.of(ReceiptRequest.CANCEL)
                        : o.merchantOperationId());
        hasReturn.set(paid && returnOf.isPresent());
    }

    /** Prints the selected payment's receipt (a reprint if it was handed out before). */
    public void print() {
        printing(() -> service().printAsDue(ReceiptRequest.sale(paymentId, messages.locale())));
    }

    /**
     * Prints the selected payment's 領収書 with the addressee (宛名) and purpose (但し書き) typed (either may be blank:
     * the customer writes it in); a second one of the same payment is marked 再発行.
     */
    public void printRyoshusho() {
        String to = addressee.get();
        String forWhat = purpose.get();
        printing(() -> service().printAsDue(ReceiptRequest.sale(paymentId, messages.locale())
                .asRyoshusho(to, forWhat)));
    }

    /** Prints the return receipt (返還インボイス) of the selected payment's last refund or cancel. */
    public void printReturn() {
        returnOf.ifPresent(ref -> printing(() -> service().printAsDue(ReceiptRequest.returnOf(paymentId, ref,
                messages.locale()))));
    }

    /** Saves the selected payment's receipt as a PDF where the cashier chooses (owner-only file). */
    public void savePdf() {
        String id = paymentId;
        Optional<Path> target = files.saveFile(messages.get("receipt.button.pdf"), "receipt-" + id + ".pdf",
                FileDialog.FileType.PDF);
        if (target.isEmpty()) {
            return;
        }
        busy.set(true);
        tasks.task(() -> {
            ReceiptFiles.writePrivately(target.get(), service().pdfAsDue(ReceiptRequest.sale(id, messages.locale())));
            return target.get();
        }).onSuccess(path -> status.set(StatusMessage.success(messages.format("receipt.status.saved",
                path.getFileName())))).onError(Exception.class, e -> status.set(failure(e)))
                .andFinally(() -> busy.set(false)).start();
    }

    /** Reloads how many receipts wait for the printer. */
    public void refreshQueue() {
        if (receipts.isEmpty()) {
            return;
        }
        tasks.task(() -> service().waitingPrints().size()).onSuccess(waiting::set)
                .onError(Exception.class, e -> queueStatus.set(failure(e))).start();
    }

    /** Sends every waiting receipt to the printer again, oldest first (not marked 再発行: nobody got them). */
    public void printWaiting() {
        busy.set(true);
        queueStatus.set(StatusMessage.neutral(messages.get("receipt.status.printing")));
        tasks.task(() -> {
            List<WaitingPrint> queued = service().waitingPrints();
            PrintOutcome last = null;
            for (WaitingPrint w : queued) {
                last = service().printAgain(w.printId(), messages.locale()).join();
                if (!last.printed()) {
                    break; // the printer is still down: the rest waits too
                }
            }
            return Optional.ofNullable(last);
        }).onSuccess(last -> queueStatus.set(last.map(this::outcome).orElse(StatusMessage.NONE)))
                .onError(Exception.class, e -> queueStatus.set(failure(e)))
                .andFinally(() -> {
                    busy.set(false);
                    refreshQueue();
                }).start();
    }

    private void printing(Supplier<CompletableFuture<PrintOutcome>> print) {
        busy.set(true);
        status.set(StatusMessage.neutral(messages.get("receipt.status.printing")));
        tasks.task(() -> print.get().join()).onSuccess(o -> status.set(outcome(o)))
                .onError(Exception.class, e -> status.set(failure(e)))
                .andFinally(() -> {
                    busy.set(false);
                    refreshQueue();
                }).start();
    }

    private StatusMessage outcome(PrintOutcome o) {
        String text = PrintOutcomeText.of(o, messages);
        return o.printed() ? StatusMessage.success(text) : StatusMessage.warning(text);
    }

    private StatusMessage failure(Throwable e) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return StatusMessage.danger(messages.format("receipt.status.failed", cause.getMessage()));
    }

    private dev.kaikei.receipt.ReceiptService service() {
        return receipts.orElseThrow().service();
    }

    /** The 領収書's addressee (宛名). */
    public StringProperty addresseeProperty() {
        return addressee;
    }

    /** The 領収書's purpose (但し書き), e.g. お品代. */
    public StringProperty purposeProperty() {
        return purpose;
    }

    /** Receipts are offered for the selected payment (it was paid). */
    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    /** A receipt printer is set up and the selected payment was paid. */
    public ReadOnlyBooleanProperty canPrintProperty() {
        return canPrint.getReadOnlyProperty();
    }

    /** The selected payment has a settled refund or cancel to print a return receipt for. */
    public ReadOnlyBooleanProperty hasReturnProperty() {
        return hasReturn.getReadOnlyProperty();
    }

    /** A print or save is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** How many receipts wait for the printer (the reprint queue). */
    public ReadOnlyIntegerProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /** How the last print or save for the selected payment went. */
    public ReadOnlyObjectProperty<StatusMessage> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How printing the waiting receipts went. */
    public ReadOnlyObjectProperty<StatusMessage> queueStatusProperty() {
        return queueStatus.getReadOnlyProperty();
    }
}
