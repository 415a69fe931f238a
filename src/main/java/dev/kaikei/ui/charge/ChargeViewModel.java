package dev.kaikei.ui.charge;

import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.CheckoutService;
import dev.kaikei.payment.RecentPayments;
import dev.kaikei.sale.QuickKey;
import dev.kaikei.sale.QuickKeys;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.SaleTotals;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxPolicy;
import dev.kaikei.ui.common.ConfirmDialog;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.Navigator;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Yen;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The amount keypad: collects digits and an optional description, says why an amount cannot be charged, and starts
 * the checkout in the background. Also keeps the strip of the last few payments.
 */
public final class ChargeViewModel {

    /** PayPay amounts have at most 11 digits. */
    public static final int MAX_DIGITS = String.valueOf(ChargeRequest.MAX_AMOUNT).length();
    public static final int RECENT_COUNT = 5;

    /** One line of the recent-payments strip, ready to show: the state in words, and itself for the style. */
    public record RecentRow(String time, String amount, String description, String stateText,
                            PaymentState paymentState) {
    }

    private final CheckoutService checkouts;
    private final UnresolvedCheckoutCheck unresolvedCheck;
    private final RecentStrip recent;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final Messages messages;
    private final boolean preAuthEnabled;
    private final QuickKeys quickKeys;
    private final TaxPolicy tax;

    private final ReadOnlyStringWrapper digits = new ReadOnlyStringWrapper(this, "digits", "");
    private final ReadOnlyLongWrapper amount = new ReadOnlyLongWrapper(this, "amount");
    private final ReadOnlyStringWrapper amountText = new ReadOnlyStringWrapper(this, "amountText", Yen.format(0));
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ReadOnlyObjectWrapper<StatusMessage> status = new ReadOnlyObjectWrapper<>(this, "status",
            StatusMessage.NONE);
    private final ReadOnlyBooleanWrapper canCharge = new ReadOnlyBooleanWrapper(this, "canCharge");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    /** A one-off notice (digit limit, start failure) shown until the next input. */
    private String notice = "";
    private Sale sale;
    private final ObservableList<SaleLineRow> lines = FXCollections.observableArrayList();
    private final ObservableList<SaleLineRow> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyBooleanWrapper takeOut = new ReadOnlyBooleanWrapper(this, "takeOut");
    private final ReadOnlyStringWrapper rateTotals = new ReadOnlyStringWrapper(this, "rateTotals", "");
    private final ReadOnlyStringWrapper saleTotal = new ReadOnlyStringWrapper(this, "saleTotal", Yen.format(0));

    public ChargeViewModel(CheckoutService checkouts, ConfirmDialog confirms, RecentPayments recentPayments,
                           TaskRunner tasks, Navigator navigator, Messages messages, boolean preAuthEnabled) {
        this(checkouts, confirms, recentPayments, tasks, navigator, messages, preAuthEnabled,
                QuickKeys.none(QuickKey.DEFAULT_KEYPAD), TaxPolicy.DEFAULT);
    }

    /** With the shop's quick keys and tax policy: the keyed amount and the keys make a sale of lines. */
    public ChargeViewModel(CheckoutService checkouts, ConfirmDialog confirms, RecentPayments recentPayments,
                           TaskRunner tasks, Navigator navigator, Messages messages, boolean preAuthEnabled,
                           QuickKeys quickKeys, TaxPolicy tax) {
        this.quickKeys = quickKeys;
        this.tax = tax;
        this.sale = Sale.empty(ServiceMode.EAT_IN, tax);
        this.checkouts = checkouts;
        this.unresolvedCheck = new UnresolvedCheckoutCheck(checkouts, confirms, tasks, messages);
        this.recent = new RecentStrip(recentPayments, tasks, messages);
        this.tasks = tasks;
        this.navigator = navigator;
        this.messages = messages;
        this.preAuthEnabled = preAuthEnabled;
        description.addListener((obs, old, now) -> inputChanged());
        update();
    }

    /** Appends one digit 0–9; ignored (with a notice) beyond {@link #MAX_DIGITS}; no leading zeros. */
    public void digit(int d) {
        if (d < 0 || d > 9) {
            throw new IllegalArgumentException("not a digit: " + d);
        }
        if (digits.get().length() >= MAX_DIGITS) {
            notice = messages.format("charge.error.maxDigits", MAX_DIGITS, Yen.format(ChargeRequest.MAX_AMOUNT));
            update();
            return;
        }
        if (d == 0 && digits.get().isEmpty()) {
            return;
        }
        digits.set(digits.get() + d);
        inputChanged();
    }

    /** The "00" key. */
    public void doubleZero() {
        digit(0);
        digit(0);
    }

    public void backspace() {
        String now = digits.get();
        if (!now.isEmpty()) {
            digits.set(now.substring(0, now.length() - 1));
        }
        inputChanged();
    }

    /** Clears the amount (the C key, Esc); the description stays for the next try. */
    public void clear() {
        digits.set("");
        inputChanged();
    }

    /** Charges the keyed amount; returns false (and says why) if it cannot be charged now. */
    public boolean charge() {
        return start(false);
    }

    /** Authorizes the keyed amount for later capture; only when pre-auth is enabled. */
    public boolean preAuthorize() {
        return preAuthEnabled && start(true);
    }

    private boolean start(boolean preAuthorize) {
        if (busy.get()) {
            return false;
        }
        String problem = problem();
        if (problem != null) {
            notice = problem;
            update();
            return false;
        }
        ChargeRequest request;
        try {
            request = request(preAuthorize);
        } catch (IllegalArgumentException e) {
            notice = messages.format("charge.error.startFailed", e.getMessage());
            update();
            return false;
        }
        busy.set(true);
        update();
        unresolvedCheck.thenStart(() -> launch(request), () -> {
            notice = messages.get("charge.unresolved.notStarted");
            busy.set(false);
            update();
        });
        return true;
    }

    private void launch(ChargeRequest request) {
        tasks.task(() -> checkouts.start(request)).onSuccess(checkout -> {
            saleTaken();
            navigator.showCheckout(checkout, request);
        }).onError(Exception.class, e -> notice = messages.format("charge.error.startFailed", e.getMessage()))
                .andFinally(() -> {
                    busy.set(false);
                    update();
                }).start();
    }

    /**
     * What to charge: a pre-authorization of the keyed amount, or the sale (its lines, and the keyed amount as a line
     * of the keypad's department), priced under the store's tax policy.
     */
    private ChargeRequest request(boolean preAuthorize) {
        if (preAuthorize) {
            if (!sale.isEmpty()) {
                throw new IllegalArgumentException(messages.get("charge.error.preAuthTakesAmount"));
            }
            return new ChargeRequest(amount.get(), description.get(), true);
        }
        Sale toCharge = withTypedAmount();
        ChargeRequest forSale = ChargeRequest.forSale(toCharge, List.of());
        String typed = description.get() == null ? "" : description.get().strip();
        return typed.isEmpty() ? forSale : new ChargeRequest(forSale.amountYen(), typed, false, toCharge, List.of());
    }

    /** The sale to pay another way (cash): the lines and the keyed amount; empty, with the reason shown, if none. */
    public Optional<Sale> saleToPay() {
        String problem = busy.get() ? messages.get("charge.status.starting") : problem();
        notice = problem == null ? "" : problem;
        update(); // shows why, if it cannot be paid
        return problem == null ? Optional.of(withTypedAmount()) : Optional.empty();
    }

    /** The sale was paid: the keypad starts over (eat-in / take-out stays as it was). */
    public void saleTaken() {
        digits.set("");
        description.set("");
        sale = Sale.empty(sale.serviceMode(), tax);
        inputChanged();
    }

    /** The sale with the keyed amount as one more line of the keypad's department. */
    private Sale withTypedAmount() {
        return amount.get() > 0 ? sale.add(quickKeys.keypad().line(amount.get())) : sale;
    }

    /** The shop's quick keys, in order. */
    public List<QuickKey> quickKeys() {
        return quickKeys.keys();
    }

    /** A quick key: one more piece of a fixed-price item, or the keyed amount as a line of an open-price department. */
    public void quickKey(int index) {
        QuickKey key = quickKeys.keys().get(index);
        try {
            if (key.isOpenPrice()) {
                if (amount.get() <= 0) {
                    notice = messages.format("charge.error.openPriceNeedsAmount", key.name());
                    update();
                    return;
                }
                sale = sale.add(key.line(amount.get()));
                digits.set("");
            } else {
                sale = sale.addPiece(key.line());
            }
        } catch (IllegalArgumentException e) {
            notice = messages.format("charge.error.saleTooLarge", e.getMessage());
            update();
            return;
        }
        inputChanged();
    }

    /** Takes a line off the sale. */
    public void removeLine(int index) {
        if (index >= 0 && index < sale.lines().size()) {
            sale = sale.remove(index);
            inputChanged();
        }
    }

    /** Eat-in or take-out: food lines move between 10% and 8%. */
    public void setTakeOut(boolean value) {
        sale = sale.withServiceMode(value ? ServiceMode.TAKE_OUT : ServiceMode.EAT_IN);
        inputChanged();
    }

    /** Reloads the recent-payments strip in the background. */
    public void refreshRecent() {
        recent.refresh(RECENT_COUNT);
    }

    private void inputChanged() {
        notice = "";
        update();
    }

    private void update() {
        amount.set(digits.get().isEmpty() ? 0 : Long.parseLong(digits.get()));
        amountText.set(Yen.format(amount.get()));
        showSale();
        String problem = problem();
        canCharge.set(problem == null && !busy.get());
        if (!notice.isEmpty()) {
            status.set(StatusMessage.danger(notice));
        } else if (busy.get()) {
            status.set(StatusMessage.neutral(messages.get("charge.status.starting")));
        } else if (problem == null) {
            status.set(StatusMessage.NONE);
        } else {
            // "Enter an amount" is a hint while nothing is keyed, a problem once an amount is there.
            status.set(amount.get() > 0 ? StatusMessage.danger(problem) : StatusMessage.neutral(problem));
        }
    }

    private void showSale() {
        ServiceMode mode = sale.serviceMode();
        lines.setAll(sale.lines().stream().map(l -> new SaleLineRow(l.name(), l.quantity() > 1 ? "×" + l.quantity() : "",
                Yen.format(l.amount()), l.rateIn(mode).isReduced())).toList());
        takeOut.set(mode == ServiceMode.TAKE_OUT);
        SaleTotals totals;
        try {
            totals = withTypedAmount().totals();
        } catch (IllegalArgumentException e) {
            totals = sale.totals();
        }
        saleTotal.set(Yen.format(totals.total()));
        rateTotals.set(totals.rates().stream().map(r -> messages.format("charge.sale.rate", r.rate().percent(),
                Yen.format(r.gross()), Yen.format(r.tax()))).collect(Collectors.joining("   ")));
    }

    /** Why the current input cannot be charged, or null. */
    private String problem() {
        if (amount.get() <= 0 && sale.isEmpty()) {
            return messages.get("charge.error.enterAmount");
        }
        int length = description.get() == null ? 0 : description.get().strip().length();
        if (length > ChargeRequest.MAX_DESCRIPTION) {
            return messages.format("charge.error.descriptionTooLong", length, ChargeRequest.MAX_DESCRIPTION);
        }
        return null;
    }

    public ReadOnlyStringProperty digitsProperty() {
        return digits.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty amountProperty() {
        return amount.getReadOnlyProperty();
    }

    public long getAmount() {
        return amount.get();
    }

    public ReadOnlyStringProperty amountTextProperty() {
        return amountText.getReadOnlyProperty();
    }

    public String getAmountText() {
        return amountText.get();
    }

    /** The order description, edited directly by the text field. */
    public StringProperty descriptionProperty() {
        return description;
    }

    /** The hint or problem under the amount. */
    public ReadOnlyObjectProperty<StatusMessage> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public StatusMessage getStatus() {
        return status.get();
    }

    public ReadOnlyBooleanProperty canChargeProperty() {
        return canCharge.getReadOnlyProperty();
    }

    public boolean isCanCharge() {
        return canCharge.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isPreAuthEnabled() {
        return preAuthEnabled;
    }

    public ObservableList<RecentRow> recentPayments() {
        return recent.rows();
    }

    /** The sale's lines (without the keyed amount, which is added when charging). */
    public ObservableList<SaleLineRow> lines() {
        return linesView;
    }

    public ReadOnlyBooleanProperty takeOutProperty() {
        return takeOut.getReadOnlyProperty();
    }

    /** Totals and tax per rate of what Charge would charge, e.g. "8%: ¥690 (tax ¥51)". */
    public ReadOnlyStringProperty rateTotalsProperty() {
        return rateTotals.getReadOnlyProperty();
    }

    /** What Charge would charge: the lines and the keyed amount, tax included. */
    public ReadOnlyStringProperty saleTotalProperty() {
        return saleTotal.getReadOnlyProperty();
    }

    public String getSaleTotal() {
        return saleTotal.get();
    }
}
