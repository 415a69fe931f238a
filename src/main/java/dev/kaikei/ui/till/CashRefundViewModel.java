package dev.kaikei.ui.till;

import dev.kaikei.till.CashDrawer;
import dev.kaikei.till.CashSales;
import dev.kaikei.ui.common.ManagerGate;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.Receipts;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Yen;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Handing back a cash sale's cash (the Till screen): the sale by its receipt number, the yen and why, behind the manager
 * PIN; the refund gets its return receipt number and the drawer opens. A PayPay sale is refused here: its refund goes
 * through PayPay (History), never in cash.
 */
public final class CashRefundViewModel {

    private final CashSales cash;
    private final ManagerGate manager;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Runnable refunded;
    private final Optional<Receipts> receipts;

    private final StringProperty receipt = new SimpleStringProperty(this, "receipt", "");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final ReadOnlyObjectWrapper<StatusMessage> message = new ReadOnlyObjectWrapper<>(this, "message",
            StatusMessage.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * @param refunded called after a refund (the till's figures changed)
     * @param receipts prints the return receipt (返還インボイス) when a receipt printer is set up
     */
    public CashRefundViewModel(CashSales cash, ManagerGate manager, TaskRunner tasks, Messages messages,
                               Runnable refunded, Optional<Receipts> receipts) {
        this.receipts = receipts;
        this.cash = cash;
        this.manager = manager;
        this.tasks = tasks;
        this.messages = messages;
        this.refunded = refunded;
    }

    /** Checks what was typed, asks for the manager PIN, then hands the cash back. */
    public void refund() {
        long number = digits(receipt.get());
        long yen = digits(amount.get());
        String why = reason.get() == null ? "" : reason.get().strip();
        if (number < 1) {
            message.set(StatusMessage.danger(messages.get("cashRefund.error.receipt")));
        } else if (yen < 1) {
            message.set(StatusMessage.danger(messages.get("cashRefund.error.amount")));
        } else if (why.isEmpty() || why.length() > 255) {
            message.set(StatusMessage.danger(messages.get("till.error.reason")));
        } else {
            manager.unlock(messages.get("cashRefund.title"), messages.format("cashRefund.prompt", Yen.format(yen),
                    String.format("%06d", number)), () -> handBack(number, yen, why));
        }
    }

    private void handBack(long number, long yen, String why) {
        busy.set(true);
        tasks.task(() -> {
            CashSales.CashReturn r = cash.refundReceipt(number, yen, why);
            return messages.format("cashRefund.done", Yen.format(yen), String.format("%06d", number),
                    String.format("%06d", r.returnReceiptNumber())) + drawer(r) + returnReceipt(r);
        }).onSuccess(done -> {
            receipt.set("");
            amount.set("");
            reason.set("");
            message.set(StatusMessage.success(done));
            refunded.run();
        }).onError(Exception.class, e -> message.set(StatusMessage.danger(messages.format("cashRefund.refused",
                e.getMessage())))).andFinally(() -> busy.set(false)).start();
    }

    /** Waits for the drawer off the UI thread; a drawer that stays shut never undoes the refund. */
    private String drawer(CashSales.CashReturn r) throws InterruptedException {
        return cash.hasDrawer() && CashDrawer.awaitOpened(r.drawer()).isPresent()
                ? " " + messages.get("cashRefund.drawerShut") : "";
    }

    /** Prints the return receipt for the customer (the refund stands whatever the printer does). */
    private String returnReceipt(CashSales.CashReturn r) throws InterruptedException {
        if (!receipts.map(Receipts::hasPrinter).orElse(false)) {
            return "";
        }
        try {
            receipts.get().service().cashReturns().print(r.refundId(), false, messages.locale())
                    .get(30, TimeUnit.SECONDS);
            return " " + messages.get("cashRefund.printed");
        } catch (ExecutionException | TimeoutException e) {
            return " " + messages.get("cashRefund.notPrinted");
        }
    }

    private static long digits(String text) {
        String t = text == null ? "" : text.strip();
        return t.matches("[0-9]{1,11}") ? Long.parseLong(t) : -1;
    }

    public StringProperty receiptProperty() {
        return receipt;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyObjectProperty<StatusMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
