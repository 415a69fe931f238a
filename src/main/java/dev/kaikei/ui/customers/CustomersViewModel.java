package dev.kaikei.ui.customers;

import dev.kaikei.payment.ActionResult;
import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.CustomerCharge;
import dev.kaikei.payment.CustomerInfo;
import dev.kaikei.payment.CustomerLinkStatus;
import dev.kaikei.payment.CustomerRefresh;
import dev.kaikei.payment.CustomerService;
import dev.kaikei.payment.LinkOutcome;
import dev.kaikei.payment.PaymentSummary;
import dev.kaikei.ui.common.ConfirmDialog;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StateText;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Yen;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The linked-customers screen: the customer list, linking (link QR, then the pasted response token), direct-debit
 * charges with the duplicate confirmation, and unlink with confirmation. Every engine call runs in the background;
 * questions go through {@link ConfirmDialog}.
 */
public final class CustomersViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));
    /** How many of a customer's payments a question lists. */
    private static final int RECENT_SHOWN = 5;

    /** One line of the customer list, ready to show: the link status in words, and itself for logic and style. */
    public record CustomerRow(String reference, String phone, String statusText, CustomerLinkStatus linkStatus,
                              String linkedSince) {
    }

    private final CustomerService service;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StateText states;
    private final ConfirmDialog dialog;

    private final ObservableList<CustomerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CustomerRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty selectedReference = new SimpleStringProperty(this, "selectedReference");
    private final StringProperty linkReference = new SimpleStringProperty(this, "linkReference", "");
    private final StringProperty linkPhone = new SimpleStringProperty(this, "linkPhone", "");
    private final StringProperty token = new SimpleStringProperty(this, "token", "");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ReadOnlyStringWrapper linkUrl = new ReadOnlyStringWrapper(this, "linkUrl");
    private final ReadOnlyStringWrapper linkingReference = new ReadOnlyStringWrapper(this, "linkingReference");
    private final ReadOnlyObjectWrapper<StatusMessage> status = new ReadOnlyObjectWrapper<>(this, "status",
            StatusMessage.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private int inFlight;
    private final ReadOnlyBooleanWrapper canCharge = new ReadOnlyBooleanWrapper(this, "canCharge");
    private final ReadOnlyBooleanWrapper canUnlink = new ReadOnlyBooleanWrapper(this, "canUnlink");

    public CustomersViewModel(CustomerService service, TaskRunner tasks, Messages messages, ConfirmDialog dialog) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.states = new StateText(messages);
        this.dialog = dialog;
        selectedReference.addListener((obs, old, now) -> updateCanCharge());
        amount.addListener((obs, old, now) -> updateCanCharge());
        busy.addListener((obs, old, now) -> updateCanCharge());
    }

    // ---------------------------------------------------------------- list

    /** Reloads the list from the journal (no PayPay call). */
    public void refresh() {
        run(service::customers, this::show);
    }

    /** Asks PayPay about every linked customer, then reloads. */
    public void refreshStatuses() {
        run(service::refreshStatuses, (CustomerRefresh r) -> {
            show(r.customers());
            if (!r.nowUnlinked().isEmpty()) {
                error(messages.format("customers.refresh.unlinked", String.join(", ", r.nowUnlinked())));
            } else if (r.unchecked() > 0) {
                error(messages.format("customers.refresh.unchecked", r.unchecked()));
            } else {
                info(messages.get("customers.refresh.done"));
            }
        });
    }

    private void show(List<CustomerInfo> customers) {
        String selected = selectedReference.get();
        rows.setAll(customers.stream().map(this::row).toList());
        if (selected != null && rows.stream().noneMatch(r -> r.reference().equals(selected))) {
            selectedReference.set(null);
        }
        updateCanCharge();
    }

    private CustomerRow row(CustomerInfo c) {
        return new CustomerRow(c.reference(), c.phone().orElse(""),
                new StateText(messages).of(c.status()), c.status(),
                c.linkedSince().map(WHEN::format).orElse(""));
    }

    // ---------------------------------------------------------------- link

    /** Starts a link for the entered reference and phone: the link QR appears in {@link #linkUrlProperty()}. */
    public void startLink() {
        String reference = linkReference.get() == null ? "" : linkReference.get().strip();
        if (reference.isEmpty()) {
            error(messages.get("customers.error.reference"));
            return;
        }
        Optional<String> phone = Optional.ofNullable(linkPhone.get()).map(String::strip).filter(p -> !p.isEmpty());
        run(() -> service.linkCustomer(reference, phone), outcome -> {
            if (outcome instanceof LinkOutcome.Started s) {
                linkUrl.set(s.linkUrl());
                linkingReference.set(reference);
                token.set("");
                info(messages.format("customers.link.started", reference));
            } else {
                linkProblem(outcome);
            }
            refresh();
        });
    }

    /** Completes the link with the pasted token (or redirect URL). */
    public void completeLink() {
        String pasted = token.get() == null ? "" : token.get().strip();
        if (pasted.isEmpty()) {
            error(messages.get("customers.error.token"));
            return;
        }
        run(() -> service.completeLink(pasted), outcome -> {
            if (outcome instanceof LinkOutcome.Linked l) {
                linkUrl.set(null);
                linkingReference.set(null);
                token.set("");
                linkReference.set("");
                linkPhone.set("");
                selectedReference.set(l.customer().reference());
                info(messages.format("customers.link.linked", l.customer().reference()));
            } else {
                linkProblem(outcome);
            }
            refresh();
        });
    }

    /** Hides the link QR (the pending request stays until restarted or unlinked). */
    public void closeLink() {
        linkUrl.set(null);
        linkingReference.set(null);
        token.set("");
    }

    private void linkProblem(LinkOutcome outcome) {
        String problem = outcome instanceof LinkOutcome.Refused r ? r.problem().name().toLowerCase(Locale.ROOT)
                : "unknown";
        String key = "customers.problem." + problem;
        error(messages.has(key) ? messages.get(key) : outcome.message());
    }

    // ---------------------------------------------------------------- charge

    /** Charges the selected customer the entered amount. */
    public void charge() {
        send(false, false);
    }

    /** Pre-authorizes the entered amount for the selected customer. */
    public void preAuthorize() {
        send(true, false);
    }

    private void send(boolean preAuth, boolean agreeSimilar) {
        String reference = selectedReference.get();
        long yen = parsedAmount();
        if (reference == null) {
            error(messages.get("customers.error.select"));
            return;
        }
        if (yen < 1) {
            error(messages.get("customers.error.amount"));
            return;
        }
        String text = description.get();
        run(() -> preAuth ? service.preAuthorizeCustomer(reference, yen, text, agreeSimilar)
                : service.chargeCustomer(reference, yen, text, agreeSimilar),
                r -> charged(r, reference, yen, preAuth));
    }

    private void charged(CustomerCharge r, String reference, long yen, boolean preAuth) {
        String amountText = messages.amountInText(yen);
        if (r instanceof CustomerCharge.Paid) {
            amount.set("");
            description.set("");
            info(messages.format("customers.charge.paid", amountText, reference));
        } else if (r instanceof CustomerCharge.Authorized) {
            amount.set("");
            description.set("");
            info(messages.format("customers.charge.authorized", amountText, reference));
        } else if (r instanceof CustomerCharge.NeedsConfirmation n) {
            info(messages.get("customers.charge.duplicate.title"));
            dialog.confirm(messages.get("customers.charge.duplicate.title"),
                    messages.format("customers.charge.duplicate.question", reference, amountText)
                            + paymentLines(messages.format("customers.charge.recent", reference), n.recent()),
                    messages.get("customers.charge.duplicate.confirm"), yes -> {
                        if (yes) {
                            send(preAuth, true);
                        } else {
                            info(messages.get("customers.charge.notCharged"));
                        }
                    });
        } else if (r instanceof CustomerCharge.Pending) {
            error(messages.get("customers.charge.pending"));
        } else if (r instanceof CustomerCharge.Unresolved u) {
            // An earlier charge may have gone through: nothing was sent, and a second charge is not offered.
            error(messages.format("customers.charge.unresolved", reference)
                    + paymentLines(messages.get("customers.charge.unresolved.list"), u.unresolved()));
        } else if (r instanceof CustomerCharge.Declined d && d.customerUnlinked()) {
            error(messages.format("customers.charge.unlinked", reference));
            refresh();
        } else {
            error(messages.format("customers.charge.declined", r.message()));
        }
    }

    /** A heading and one line per payment (time, amount, state), newest first: what the cashier compares. */
    private String paymentLines(String heading, List<PaymentSummary> payments) {
        if (payments.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("\n\n").append(heading);
        for (PaymentSummary p : payments.subList(0, Math.min(RECENT_SHOWN, payments.size()))) {
            text.append("\n• ").append(WHEN.format(p.createdAt())).append("  ").append(Yen.format(p.amountYen()))
                    .append("  ").append(states.of(p.state()));
        }
        return text.toString();
    }

    private long parsedAmount() {
        String digits = amount.get() == null ? "" : amount.get().replaceAll("[¥,\\s円]", "");
        if (!digits.matches("[0-9]{1,11}")) {
            return -1;
        }
        long yen = Long.parseLong(digits);
        return yen <= ChargeRequest.MAX_AMOUNT ? yen : -1;
    }

    private void updateCanCharge() {
        String selected = selectedReference.get();
        Optional<CustomerRow> row = selected == null ? Optional.empty()
                : rows.stream().filter(r -> r.reference().equals(selected)).findFirst();
        boolean linked = row.filter(r -> r.linkStatus() == CustomerLinkStatus.LINKED).isPresent();
        canCharge.set(linked && parsedAmount() >= 1 && !busy.get());
        canUnlink.set(row.filter(r -> r.linkStatus() != CustomerLinkStatus.UNLINKED).isPresent() && !busy.get());
    }

    // ---------------------------------------------------------------- unlink

    /** Asks, then unlinks the selected customer. */
    public void unlink() {
        String reference = selectedReference.get();
        if (reference == null) {
            error(messages.get("customers.error.select"));
            return;
        }
        dialog.confirm(messages.get("customers.unlink.title"), messages.format("customers.unlink.question", reference),
                messages.get("customers.unlink.confirm"), yes -> {
                    if (yes) {
                        run(() -> service.unlink(reference), (ActionResult r) -> {
                            if (r instanceof ActionResult.Done) {
                                info(messages.format("customers.unlink.done", reference));
                            } else {
                                error(messages.format("customers.unlink.failed", r.message()));
                            }
                            refresh();
                        });
                    }
                });
    }

    // ---------------------------------------------------------------- plumbing

    /** Busy while any work is in flight: a handler that starts more work (a reload) keeps the screen busy. */
    private <T> void run(Callable<T> work, Consumer<T> done) {
        inFlight++;
        busy.set(true);
        tasks.task(work).onSuccess(done)
                .onError(Exception.class, e -> error(messages.format("customers.error.failed", e.getMessage())))
                .andFinally(() -> busy.set(--inFlight > 0))
                .start();
    }

    private void info(String text) {
        status.set(StatusMessage.success(text));
    }

    private void error(String text) {
        status.set(StatusMessage.danger(text));
    }

    public ObservableList<CustomerRow> customers() {
        return rowsView;
    }

    /** The reference of the customer chosen in the list (set by the view), or null. */
    public StringProperty selectedReferenceProperty() {
        return selectedReference;
    }

    public StringProperty linkReferenceProperty() {
        return linkReference;
    }

    public StringProperty linkPhoneProperty() {
        return linkPhone;
    }

    /** The pasted responseToken or redirect URL. */
    public StringProperty tokenProperty() {
        return token;
    }

    /** The amount as typed (digits; ¥ and separators are ignored). */
    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** The account-link URL to show as a QR, or null when no link is being made. */
    public ReadOnlyStringProperty linkUrlProperty() {
        return linkUrl.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty linkingReferenceProperty() {
        return linkingReference.getReadOnlyProperty();
    }

    /** What the last action did, or why it could not. */
    public ReadOnlyObjectProperty<StatusMessage> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public StatusMessage getStatus() {
        return status.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canChargeProperty() {
        return canCharge.getReadOnlyProperty();
    }

    /** A customer who is linked or linking is selected (an unlinked one has nothing to unlink). */
    public ReadOnlyBooleanProperty canUnlinkProperty() {
        return canUnlink.getReadOnlyProperty();
    }
}
