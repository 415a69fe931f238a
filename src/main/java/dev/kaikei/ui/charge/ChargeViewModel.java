package dev.kaikei.ui.charge;

import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.CheckoutService;
import dev.kaikei.payment.PaymentSummary;
import dev.kaikei.payment.RecentPayments;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.Navigator;
import dev.kaikei.ui.common.StateText;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Yen;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The amount keypad: collects digits and an optional description, says why an amount cannot be charged, and starts
 * the checkout in the background. Also keeps the strip of the last few payments.
 */
public final class ChargeViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ChargeViewModel.class);
    /** PayPay amounts have at most 11 digits. */
    public static final int MAX_DIGITS = String.valueOf(ChargeRequest.MAX_AMOUNT).length();
    public static final int RECENT_COUNT = 5;
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** One line of the recent-payments strip, ready to show: the state in words, and itself for the style. */
    public record RecentRow(String time, String amount, String description, String stateText,
                            PaymentState paymentState) {
    }

    private final CheckoutService checkouts;
    private final RecentPayments recentPayments;
    private final TaskRunner tasks;
    private final Navigator navigator;
    private final Messages messages;
    private final StateText states;
    private final boolean preAuthEnabled;

    private final ReadOnlyStringWrapper digits = new ReadOnlyStringWrapper(this, "digits", "");
    private final ReadOnlyLongWrapper amount = new ReadOnlyLongWrapper(this, "amount");
    private final ReadOnlyStringWrapper amountText = new ReadOnlyStringWrapper(this, "amountText", Yen.format(0));
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ReadOnlyObjectWrapper<StatusMessage> status = new ReadOnlyObjectWrapper<>(this, "status",
            StatusMessage.NONE);
    private final ReadOnlyBooleanWrapper canCharge = new ReadOnlyBooleanWrapper(this, "canCharge");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<RecentRow> recent = FXCollections.observableArrayList();
    private final ObservableList<RecentRow> recentView = FXCollections.unmodifiableObservableList(recent);
    /** A one-off notice (digit limit, start failure) shown until the next input. */
    private String notice = "";

    public ChargeViewModel(CheckoutService checkouts, RecentPayments recentPayments, TaskRunner tasks,
                           Navigator navigator, Messages messages, boolean preAuthEnabled) {
        this.checkouts = checkouts;
        this.recentPayments = recentPayments;
        this.tasks = tasks;
        this.navigator = navigator;
        this.messages = messages;
        this.states = new StateText(messages);
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
            request = new ChargeRequest(amount.get(), description.get(), preAuthorize);
        } catch (IllegalArgumentException e) {
            notice = messages.format("charge.error.startFailed", e.getMessage());
            update();
            return false;
        }
        busy.set(true);
        update();
        tasks.task(() -> checkouts.start(request)).onSuccess(checkout -> {
            digits.set("");
            description.set("");
            notice = "";
            navigator.showCheckout(checkout, request);
        }).onError(Exception.class, e -> notice = messages.format("charge.error.startFailed", e.getMessage()))
                .andFinally(() -> {
                    busy.set(false);
                    update();
                }).start();
        return true;
    }

    /** Reloads the recent-payments strip in the background. */
    public void refreshRecent() {
        tasks.task(() -> recentPayments.latest(RECENT_COUNT)).onSuccess(this::showRecent)
                .onError(Exception.class, e -> LOG.warn("Could not load recent payments: {}", e.toString())).start();
    }

    private void showRecent(List<PaymentSummary> payments) {
        recent.setAll(payments.stream().map(this::row).toList());
    }

    private RecentRow row(PaymentSummary p) {
        return new RecentRow(TIME.format(p.createdAt().atZone(BUSINESS_ZONE)), Yen.format(p.amountYen()),
                p.description(), states.shortOf(p.state()),
                p.state());
    }

    private void inputChanged() {
        notice = "";
        update();
    }

    private void update() {
        amount.set(digits.get().isEmpty() ? 0 : Long.parseLong(digits.get()));
        amountText.set(Yen.format(amount.get()));
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

    /** Why the current input cannot be charged, or null. */
    private String problem() {
        if (amount.get() <= 0) {
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
        return recentView;
    }
}
