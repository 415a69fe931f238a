package dev.kaikei.ui.history;

import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.HistoryQuery;
import dev.kaikei.payment.PaymentDetail;
import dev.kaikei.payment.PaymentSummary;
import dev.kaikei.ui.common.HistoryService;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.PaymentRow;
import dev.kaikei.ui.common.PaymentRows;
import dev.kaikei.config.ManagerPinGuard;
import dev.kaikei.ui.common.PinPrompt;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Yen;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The History screen: one business day's payments (or a search by id or amount over all days) with a state filter.
 * The selected payment's {@link #detail()} and {@link #actions()}, and the {@link #attention() Needs attention} tab,
 * are models of their own; this one loads what they show and reloads it all when the journal changes.
 */
public final class HistoryViewModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryViewModel.class);
    static final int LIMIT = 500;
    /** Up to 11 digits reads as an amount; PayPay's payment ids are longer. */
    private static final int MAX_AMOUNT_DIGITS = 11;

    /** The state filter's choices, each a set of payment states (empty = all). */
    public enum StateFilter {
        ALL(), PAID(PaymentState.COMPLETED), REFUNDED(PaymentState.PARTIALLY_REFUNDED, PaymentState.REFUNDED),
        CANCELLED(PaymentState.CANCELED, PaymentState.REVERTED), AUTHORIZED(PaymentState.AUTHORIZED),
        NOT_PAID(PaymentState.FAILED, PaymentState.EXPIRED, PaymentState.ABANDONED),
        OPEN(PaymentState.CREATING, PaymentState.AWAITING_PAYMENT, PaymentState.UNKNOWN);

        private final Set<PaymentState> states;

        StateFilter(PaymentState... states) {
            this.states = Set.of(states);
        }

        public Set<PaymentState> states() {
            return states;
        }

        public String messageKey() {
            return "history.filter." + name().toLowerCase(Locale.ROOT);
        }
    }

    private record Snapshot(List<PaymentSummary> payments, List<PaymentSummary> attention,
                            Optional<PaymentDetail> detail) {
    }

    private final HistoryService history;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final PaymentRows format;
    private final PaymentDetailModel detail;
    private final PaymentActionsModel actions;
    private final NeedsAttentionModel attention;
    private final ReceiptActionsModel receipts;

    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final ObjectProperty<StateFilter> stateFilter = new SimpleObjectProperty<>(this, "stateFilter",
            StateFilter.ALL);
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObservableList<PaymentRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PaymentRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper listMessage = new ReadOnlyStringWrapper(this, "listMessage", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper selectedId = new ReadOnlyStringWrapper(this, "selectedId");

    private boolean detailLoaded;
    private AutoCloseable subscription;
    private boolean refreshing;
    private boolean refreshAgain;
    private boolean closed;

    public HistoryViewModel(HistoryService history, Optional<PaymentOperations> operations, ManagerPinGuard pins,
                            PinPrompt prompt, TaskRunner tasks, Messages messages, Clock clock) {
        this(history, operations, pins, prompt, tasks, messages, clock,
                new ReceiptActionsModel(Optional.empty(), tasks, messages, (title, name, type) -> Optional.empty()));
    }

    /** @param receipts the selected payment's receipts and the reprint queue */
    public HistoryViewModel(HistoryService history, Optional<PaymentOperations> operations, ManagerPinGuard pins,
                            PinPrompt prompt, TaskRunner tasks, Messages messages, Clock clock,
                            ReceiptActionsModel receipts) {
        this.history = history;
        this.receipts = receipts;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.format = new PaymentRows(messages);
        this.detail = new PaymentDetailModel(messages);
        this.actions = new PaymentActionsModel(operations, pins, prompt, tasks, messages, this::refresh);
        this.attention = new NeedsAttentionModel(history, tasks, messages, this::refresh);
        day.set(PaymentRows.businessDay(clock.instant()));
        day.addListener((obs, old, now) -> refresh());
        stateFilter.addListener((obs, old, now) -> refresh());
    }

    // ---------------------------------------------------------------- lifecycle

    /** The screen became visible: load, and follow journal changes until {@link #hidden()}. */
    public void shown() {
        if (subscription == null && !closed) {
            subscription = history.onChange(id -> tasks.ui().execute(this::refresh));
        }
        refresh();
    }

    /** The screen is no longer visible: stop following the journal. */
    public void hidden() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.warn("Could not stop following the journal: {}", e.toString());
            }
            subscription = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        hidden();
    }

    // ---------------------------------------------------------------- list

    /** Back to today's payments, no search. */
    public void today() {
        searchText.set("");
        day.set(PaymentRows.businessDay(clock.instant()));
        refresh();
    }

    /** Reloads the list, the needs-attention list and the selected detail (coalesced while a load runs). */
    public void refresh() {
        if (closed) {
            return;
        }
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        loading.set(true);
        receipts.refreshQueue();
        HistoryQuery query = query();
        LocalDate shownDay = day.get();
        String selected = selectedId.get();
        tasks.task(() -> new Snapshot(history.search(query), history.needsAttention(),
                selected == null ? Optional.empty() : history.detail(selected)))
                .onSuccess(snapshot -> show(snapshot, shownDay, selected))
                .onError(Exception.class, e -> listMessage.set(messages.format("history.error.load", e.getMessage())))
                .andFinally(() -> {
                    refreshing = false;
                    loading.set(false);
                    if (refreshAgain) {
                        refreshAgain = false;
                        refresh();
                    }
                }).start();
    }

    HistoryQuery query() {
        String text = searchText.get() == null ? "" : searchText.get().strip();
        Set<PaymentState> states = stateFilter.get() == null ? Set.of() : stateFilter.get().states();
        if (text.isEmpty()) {
            return new HistoryQuery(null, null, day.get(), day.get(), states, LIMIT, 0);
        }
        OptionalLong amount = Yen.parse(text);
        boolean isAmount = amount.isPresent() && text.replaceAll("[^0-9]", "").length() <= MAX_AMOUNT_DIGITS;
        // A search looks through every day: the cashier rarely knows the date of the payment a customer asks about.
        return isAmount ? new HistoryQuery(null, amount.getAsLong(), null, null, states, LIMIT, 0)
                : new HistoryQuery(text, null, null, null, states, LIMIT, 0);
    }

    private void show(Snapshot s, LocalDate shownDay, String selected) {
        rows.setAll(s.payments().stream().map(p -> format.row(p, shownDay)).toList());
        attention.show(s.attention().stream().map(p -> format.row(p, shownDay)).toList());
        String text = searchText.get() == null ? "" : searchText.get().strip();
        if (!rows.isEmpty()) {
            listMessage.set(text.isEmpty() ? messages.format("history.count", rows.size())
                    : messages.format("history.searchCount", rows.size(), text));
        } else {
            listMessage.set(text.isEmpty() ? messages.get("history.empty")
                    : messages.format("history.searchEmpty", text));
        }
        if (selected != null && selected.equals(selectedId.get())) {
            s.detail().ifPresent(d -> showDetail(d, false));
        }
    }

    // ---------------------------------------------------------------- selection

    /** Shows one payment's detail (loaded in the background); null clears the pane. */
    public void select(String merchantPaymentId) {
        if (merchantPaymentId == null) {
            selectedId.set(null);
            detailLoaded = false;
            detail.clear();
            actions.selected();
            receipts.selected();
            return;
        }
        if (merchantPaymentId.equals(selectedId.get()) && detailLoaded) {
            return;
        }
        if (!merchantPaymentId.equals(selectedId.get())) {
            detailLoaded = false;
            actions.selected();
            receipts.selected();
        }
        selectedId.set(merchantPaymentId);
        tasks.task(() -> history.detail(merchantPaymentId)).onSuccess(d -> {
            if (merchantPaymentId.equals(selectedId.get())) {
                d.ifPresentOrElse(found -> showDetail(found, true), () -> select(null));
            }
        }).onError(Exception.class, e -> actions.report(StatusMessage.danger(messages.format("history.error.load",
                e.getMessage())))).start();
    }

    private void showDetail(PaymentDetail d, boolean fresh) {
        detailLoaded = true;
        detail.show(d);
        actions.show(d, fresh);
        receipts.show(d);
    }

    // ---------------------------------------------------------------- properties

    /** The selected payment in words. */
    public PaymentDetailModel detail() {
        return detail;
    }

    /** What can be done with the selected payment. */
    public PaymentActionsModel actions() {
        return actions;
    }

    /** The selected payment's receipts and the reprint queue. */
    public ReceiptActionsModel receipts() {
        return receipts;
    }

    /** The "Needs attention" tab. */
    public NeedsAttentionModel attention() {
        return attention;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<StateFilter> stateFilterProperty() {
        return stateFilter;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObservableList<PaymentRow> rows() {
        return rowsView;
    }

    public ReadOnlyStringProperty listMessageProperty() {
        return listMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }
}
