package dev.kaikei.ui.charge;

import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.receipt.AutoPrint;
import dev.kaikei.receipt.ReceiptRequest;
import dev.kaikei.payment.CheckoutService;
import dev.kaikei.sale.CashTender;
import dev.kaikei.sale.Sale;
import dev.kaikei.till.CashDrawer;
import dev.kaikei.till.CashSale;
import dev.kaikei.till.CashSales;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.Navigator;
import dev.kaikei.ui.common.Receipts;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Yen;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Paying the rung-up sale in cash: the notes and coins handed over add up to what was received; Take cash journals the
 * sale and shows the change large (the drawer opens for it); with less than the total, Split charges the rest by PayPay
 * and the cash part is the amount received.
 */
public final class CashViewModel {

    /** Where the cash payment stands. */
    public enum Step {
        /** Not paying in cash: the keypad is shown. */
        CLOSED,
        /** Counting what the customer hands over. */
        TENDERING,
        /** Journaling the sale. */
        TAKING,
        /** Taken: the change is shown until the cashier goes on. */
        CHANGE
    }

    /** Notes and coins a customer hands over, largest first (the ¥2,000 note is rare and left out). */
    public static final List<Integer> HANDED = List.of(10_000, 5_000, 1_000, 500, 100, 50, 10, 5, 1);

    private final CashSales cash;
    private final CheckoutService checkouts;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final Messages messages;
    private final Runnable saleTaken;
    private final Optional<Receipts> receipts;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.CLOSED);
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper(this, "totalText", "");
    private final ReadOnlyStringWrapper receivedText = new ReadOnlyStringWrapper(this, "receivedText", "");
    private final ReadOnlyStringWrapper changeText = new ReadOnlyStringWrapper(this, "changeText", "");
    private final ReadOnlyObjectWrapper<StatusMessage> status = new ReadOnlyObjectWrapper<>(this, "status",
            StatusMessage.NONE);
    private final ReadOnlyBooleanWrapper canTake = new ReadOnlyBooleanWrapper(this, "canTake");
    private final ReadOnlyBooleanWrapper canSplit = new ReadOnlyBooleanWrapper(this, "canSplit");
    private final ReadOnlyBooleanWrapper canPrint = new ReadOnlyBooleanWrapper(this, "canPrint");

    private Sale sale;
    private long received;
    /** The cash sale just taken (its receipt can be printed while the change is shown). */
    private long takenSaleId;

    /**
     * @param saleTaken called once the sale is paid (in cash, or split and handed to the checkout): Charge starts over
     */
    public CashViewModel(CashSales cash, CheckoutService checkouts, TaskRunner tasks, Navigator navigator,
                         Messages messages, Runnable saleTaken) {
        this(cash, checkouts, tasks, navigator, messages, saleTaken, Optional.empty());
    }

    /** @param receipts prints the cash sale's receipt: by itself with {@code printer.autoPrint=always}, else on Print */
    public CashViewModel(CashSales cash, CheckoutService checkouts, TaskRunner tasks, Navigator navigator,
                         Messages messages, Runnable saleTaken, Optional<Receipts> receipts) {
        this.receipts = receipts;
        this.cash = cash;
        this.checkouts = checkouts;
        this.tasks = tasks;
        this.navigator = navigator;
        this.messages = messages;
        this.saleTaken = saleTaken;
    }

    /** Starts paying {@code toPay} in cash, with nothing received yet. */
    public void begin(Sale toPay) {
        sale = toPay;
        received = 0;
        totalText.set(Yen.format(toPay.total()));
        status.set(StatusMessage.NONE);
        step.set(Step.TENDERING);
        update();
    }

    /** The customer hands over one more note or coin of {@code yen}. */
    public void add(int yen) {
        if (step.get() != Step.TENDERING || !HANDED.contains(yen) || received + yen > Sale.MAX_TOTAL) {
            return;
        }
        received += yen;
        status.set(StatusMessage.NONE);
        update();
    }

    /** The customer hands over exactly the total. */
    public void exact() {
        if (step.get() == Step.TENDERING) {
            received = sale.total();
            status.set(StatusMessage.NONE);
            update();
        }
    }

    /** Counting again from nothing. */
    public void clearReceived() {
        if (step.get() == Step.TENDERING) {
            received = 0;
            status.set(StatusMessage.NONE);
            update();
        }
    }

    /** Journals the sale with its cash, shows the change and opens the drawer. */
    public void take() {
        if (!canTake.get()) {
            return;
        }
        step.set(Step.TAKING);
        update();
        long tendered = received;
        tasks.task(() -> takeAndOpen(tendered)).onSuccess(taken -> {
            changeText.set(Yen.format(taken.sale().change()));
            status.set(taken.drawerProblem().isEmpty() ? StatusMessage.success(messages.get("cash.taken"))
                    : StatusMessage.warning(messages.format("cash.drawerShut", taken.drawerProblem())));
            takenSaleId = taken.sale().saleId();
            step.set(Step.CHANGE);
            saleTaken.run();
            if (receipts.map(r -> r.hasPrinter() && r.autoPrint() == AutoPrint.ALWAYS).orElse(false)) {
                printReceipt();
            }
        }).onError(Exception.class, e -> {
            status.set(StatusMessage.danger(messages.format("cash.failed", e.getMessage())));
            step.set(Step.TENDERING);
        }).andFinally(this::update).start();
    }

    /** The sale and whether the drawer opened, waited for off the UI thread (it never undoes the sale). */
    private Taken takeAndOpen(long tendered) throws InterruptedException {
        CashSale taken = cash.sell(sale, tendered);
        return new Taken(taken, cash.hasDrawer() ? CashDrawer.awaitOpened(taken.drawer()).orElse("") : "");
    }

    private record Taken(CashSale sale, String drawerProblem) {
    }

    /** Prints the receipt of the cash sale just taken; the outcome is told under the change. */
    public void printReceipt() {
        if (step.get() != Step.CHANGE || receipts.isEmpty()) {
            return;
        }
        ReceiptRequest request = ReceiptRequest.cashSale(takenSaleId, messages.locale());
        canPrint.set(false);
        tasks.task(() -> receipts.get().service().print(request).get(30, TimeUnit.SECONDS))
                .onSuccess(outcome -> status.set(outcome.printed() ? StatusMessage.success(outcome.message())
                        : StatusMessage.warning(outcome.message())))
                .onError(Exception.class, e -> status.set(StatusMessage.warning(messages.format("cash.notPrinted",
                        e.getMessage())))).andFinally(this::update).start();
    }

    /** Less than the total received: that cash is the cash part, a PayPay QR charges the rest. */
    public void split() {
        if (!canSplit.get()) {
            return;
        }
        ChargeRequest request = ChargeRequest.forSale(sale, List.of(CashTender.exact(received)));
        step.set(Step.TAKING);
        update();
        tasks.task(() -> checkouts.start(request)).onSuccess(checkout -> {
            // The cash goes into the drawer once PayPay confirms the rest; until then it stays in the cashier's hand.
            AtomicBoolean opened = new AtomicBoolean();
            checkout.subscribe(s -> {
                if (s.phase() == dev.kaikei.payment.CheckoutPhase.PAID && opened.compareAndSet(false, true)) {
                    cash.openForSplitSale();
                }
            });
            step.set(Step.CLOSED);
            saleTaken.run();
            navigator.showCheckout(checkout, request);
        }).onError(Exception.class, e -> {
            status.set(StatusMessage.danger(messages.format("cash.failed", e.getMessage())));
            step.set(Step.TENDERING);
        }).andFinally(this::update).start();
    }

    /** Back to the keypad: after the change was handed over, or to pay another way (nothing was taken). */
    public void close() {
        if (step.get() != Step.TAKING) {
            step.set(Step.CLOSED);
        }
    }

    private void update() {
        boolean tendering = step.get() == Step.TENDERING;
        long total = sale == null ? 0 : sale.total();
        receivedText.set(Yen.format(received));
        canTake.set(tendering && received >= total);
        canSplit.set(tendering && received > 0 && received < total);
        canPrint.set(step.get() == Step.CHANGE && receipts.map(Receipts::hasPrinter).orElse(false));
        if (tendering && !status.get().isProblem()) {
            status.set(received >= total ? StatusMessage.neutral(messages.format("cash.changeWillBe",
                    Yen.format(received - total))) : StatusMessage.neutral(messages.format("cash.stillShort",
                    Yen.format(total - received))));
        }
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty receivedTextProperty() {
        return receivedText.getReadOnlyProperty();
    }

    /** The change to hand back, once taken. */
    public ReadOnlyStringProperty changeTextProperty() {
        return changeText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusMessage> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canTakeProperty() {
        return canTake.getReadOnlyProperty();
    }

    /** Whether Print receipt is offered (a printer is set up and a cash sale was just taken). */
    public ReadOnlyBooleanProperty canPrintProperty() {
        return canPrint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSplitProperty() {
        return canSplit.getReadOnlyProperty();
    }
}
