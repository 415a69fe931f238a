package dev.kaikei.ui.history;

import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.ActionOptions;
import dev.kaikei.payment.ActionResult;
import dev.kaikei.payment.HistoryQuery;
import dev.kaikei.payment.PaymentDetail;
import dev.kaikei.payment.PaymentSummary;
import dev.kaikei.payment.ReconcileSummary;
import dev.kaikei.ui.common.HistoryService;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.PaymentRow;
import dev.kaikei.ui.common.PaymentRows;
import dev.kaikei.ui.common.PinGuard;
import dev.kaikei.ui.common.PinPrompt;
import dev.kaikei.ui.common.StateText;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Tone;
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
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
 * The History screen: one business day's payments (or a search by id or amount over all days), a state filter, the
 * detail of the selected payment with its PayPay call trail, and the actions the engine's rules allow now — each only
 * after the manager PIN. Also the "Needs attention" list with "Resolve now". Reloads when the journal changes.
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

    /** The actions of the detail pane. */
    public enum Action { CANCEL, REFUND, CAPTURE, REVERT }

    /** One PayPay call of the event trail. */
    public record EventRow(String time, String operation, String http, String resultCode, String outcomeText,
                           String latency, String requestId) {
    }

    /** One cancel / refund / capture / revert of the payment. */
    public record OperationRow(String time, String kindText, String amount, String stateText, String resultCode) {
    }

    /** A label and value of the detail pane. */
    public record InfoLine(String label, String value) {
    }

    private record Snapshot(List<PaymentSummary> payments, List<PaymentSummary> attention,
                            Optional<PaymentDetail> detail) {
    }

    private record ActionOutcome(PinGuard.Verdict verdict, ActionResult result) {
    }

    private final HistoryService history;
    private final Optional<PaymentOperations> operations;
    private final PinGuard pins;
    private final PinPrompt prompt;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final PaymentRows format;
    private final StateText states;

    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final ObjectProperty<StateFilter> stateFilter = new SimpleObjectProperty<>(this, "stateFilter",
            StateFilter.ALL);
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObservableList<PaymentRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper listMessage = new ReadOnlyStringWrapper(this, "listMessage", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ObservableList<PaymentRow> attentionRows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper attentionCount = new ReadOnlyIntegerWrapper(this, "attentionCount");
    private final ReadOnlyStringWrapper resolveMessage = new ReadOnlyStringWrapper(this, "resolveMessage", "");
    private final ReadOnlyBooleanWrapper resolving = new ReadOnlyBooleanWrapper(this, "resolving");

    private final ReadOnlyStringWrapper selectedId = new ReadOnlyStringWrapper(this, "selectedId");
    private final ReadOnlyBooleanWrapper detailShown = new ReadOnlyBooleanWrapper(this, "detailShown");
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper(this, "detailTitle", "");
    private final ReadOnlyStringWrapper detailState = new ReadOnlyStringWrapper(this, "detailState", "");
    private final ObservableList<InfoLine> info = FXCollections.observableArrayList();
    private final ObservableList<OperationRow> operationRows = FXCollections.observableArrayList();
    private final ObservableList<EventRow> events = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canCancel = new ReadOnlyBooleanWrapper(this, "canCancel");
    private final ReadOnlyBooleanWrapper canRefund = new ReadOnlyBooleanWrapper(this, "canRefund");
    private final ReadOnlyBooleanWrapper canCapture = new ReadOnlyBooleanWrapper(this, "canCapture");
    private final ReadOnlyBooleanWrapper canRevert = new ReadOnlyBooleanWrapper(this, "canRevert");
    private final StringProperty refundAmount = new SimpleStringProperty(this, "refundAmount", "");
    private final StringProperty captureAmount = new SimpleStringProperty(this, "captureAmount", "");
    private final ReadOnlyStringWrapper actionNote = new ReadOnlyStringWrapper(this, "actionNote", "");
    private final ReadOnlyStringWrapper actionMessage = new ReadOnlyStringWrapper(this, "actionMessage", "");
    private final ReadOnlyObjectWrapper<Tone> actionTone = new ReadOnlyObjectWrapper<>(this, "actionTone",
            Tone.NEUTRAL);
    private final ReadOnlyBooleanWrapper acting = new ReadOnlyBooleanWrapper(this, "acting");

    // One read-only view each: a fresh wrapper per call would drop listeners once it is garbage collected.
    private final ObservableList<PaymentRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<PaymentRow> attentionRowsView =
            FXCollections.unmodifiableObservableList(attentionRows);
    private final ObservableList<InfoLine> infoView = FXCollections.unmodifiableObservableList(info);
    private final ObservableList<OperationRow> operationRowsView =
            FXCollections.unmodifiableObservableList(operationRows);
    private final ObservableList<EventRow> eventsView = FXCollections.unmodifiableObservableList(events);

    /** An action PayPay accepted but has not confirmed: its message changes when the journal shows the answer. */
    private record Awaited(String merchantOperationId, Action action, String yen) {
    }

    private PaymentDetail detail;
    private Awaited awaited;
    private AutoCloseable subscription;
    private boolean refreshing;
    private boolean refreshAgain;
    private boolean closed;

    public HistoryViewModel(HistoryService history, Optional<PaymentOperations> operations, PinGuard pins,
                            PinPrompt prompt, TaskRunner tasks, Messages messages, Clock clock) {
        this.history = history;
        this.operations = operations;
        this.pins = pins;
        this.prompt = prompt;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.format = new PaymentRows(messages);
        this.states = new StateText(messages);
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
        HistoryQuery query = query();
        LocalDate shownDay = day.get();
        String selected = selectedId.get();
        tasks.run(() -> new Snapshot(history.search(query), history.needsAttention(),
                selected == null ? Optional.empty() : history.detail(selected)), snapshot -> {
                    refreshing = false;
                    loading.set(false);
                    show(snapshot, shownDay, selected);
                    if (refreshAgain) {
                        refreshAgain = false;
                        refresh();
                    }
                }, e -> {
                    refreshing = false;
                    loading.set(false);
                    listMessage.set(messages.format("history.error.load", e.getMessage()));
                });
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
        attentionRows.setAll(s.attention().stream().map(p -> format.row(p, shownDay)).toList());
        attentionCount.set(s.attention().size());
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

    // ---------------------------------------------------------------- detail

    /** Shows one payment's detail (loaded in the background); null clears the pane. */
    public void select(String merchantPaymentId) {
        if (merchantPaymentId == null) {
            selectedId.set(null);
            detail = null;
            detailShown.set(false);
            return;
        }
        if (merchantPaymentId.equals(selectedId.get()) && detail != null) {
            return;
        }
        if (!merchantPaymentId.equals(selectedId.get())) {
            actionMessage.set("");
            awaited = null;
        }
        selectedId.set(merchantPaymentId);
        tasks.run(() -> history.detail(merchantPaymentId), d -> {
            if (merchantPaymentId.equals(selectedId.get())) {
                d.ifPresentOrElse(found -> showDetail(found, true), () -> select(null));
            }
        }, e -> actionMessage.set(messages.format("history.error.load", e.getMessage())));
    }

    private void showDetail(PaymentDetail d, boolean fresh) {
        boolean amountsChanged = detail == null || detail.actions().maxRefund() != d.actions().maxRefund()
                || detail.actions().maxCapture() != d.actions().maxCapture();
        detail = d;
        PaymentSummary p = d.summary();
        detailShown.set(true);
        detailTitle.set(Yen.format(p.amountYen()) + (p.description().isEmpty() ? "" : "  " + p.description()));
        detailState.set(states.of(p.state()));
        info.setAll(infoLines(d));
        operationRows.setAll(d.operations().stream().map(o -> new OperationRow(PaymentRows.time(o.createdAt()),
                states.of(o.kind()), Yen.format(o.amountYen()), states.of(o.state()),
                o.resultCode().orElse(""))).toList());
        events.setAll(d.calls().stream().map(c -> new EventRow(PaymentRows.time(c.at()), c.operation(),
                c.httpStatus() == 0 ? "—" : String.valueOf(c.httpStatus()), c.resultCode().orElse(""),
                c.outcome().name(), c.latencyMs() + " ms", c.requestId().orElse(""))).toList());
        ActionOptions a = d.actions();
        boolean can = operations.isPresent();
        canCancel.set(can && a.cancel());
        canRefund.set(can && a.refund());
        canCapture.set(can && a.capture());
        canRevert.set(can && a.revert());
        if (fresh || amountsChanged) {
            refundAmount.set(a.refund() ? String.valueOf(a.maxRefund()) : "");
            captureAmount.set(a.capture() ? String.valueOf(a.maxCapture()) : "");
        }
        actionNote.set(a.cancel() || a.refund() || a.capture() || a.revert() ? cancelDeadline(a) : a.note());
        settleAwaited(d);
    }

    /** Turns "waiting for PayPay" into the final word once the followed-up operation is settled in the journal. */
    private void settleAwaited(PaymentDetail d) {
        if (awaited == null) {
            return;
        }
        for (PaymentDetail.Operation o : d.operations()) {
            if (o.merchantOperationId().filter(awaited.merchantOperationId()::equals).isEmpty()) {
                continue;
            }
            String key = awaited.action().name().toLowerCase(Locale.ROOT);
            if (o.state() == OperationState.SUCCEEDED) {
                say(messages.format("history.result.done." + key, awaited.yen()), Tone.SUCCESS);
                awaited = null;
            } else if (o.state() == OperationState.REJECTED) {
                say(messages.format("history.result.refused", o.resultCode().orElse(o.state().name())), Tone.DANGER);
                awaited = null;
            }
            return;
        }
    }

    private String cancelDeadline(ActionOptions a) {
        return a.cancel() ? a.cancelUntil().map(t -> messages.format("history.cancelUntil",
                PaymentRows.dateTime(t))).orElse("") : messages.get("history.refundOnly");
    }

    private List<InfoLine> infoLines(PaymentDetail d) {
        PaymentSummary p = d.summary();
        List<InfoLine> lines = new java.util.ArrayList<>();
        lines.add(new InfoLine(messages.get("history.detail.created"), PaymentRows.dateTime(p.createdAt())));
        p.acceptedAt().ifPresent(t -> lines.add(new InfoLine(messages.get("history.detail.paidAt"),
                PaymentRows.dateTime(t))));
        lines.add(new InfoLine(messages.get("history.detail.merchantPaymentId"), p.merchantPaymentId()));
        p.paypayPaymentId().ifPresent(id -> lines.add(new InfoLine(messages.get("history.detail.paypayId"), id)));
        if (p.preAuthorize()) {
            lines.add(new InfoLine(messages.get("history.detail.captured"), Yen.format(p.capturedYen())));
        }
        if (p.refundedYen() > 0) {
            lines.add(new InfoLine(messages.get("history.detail.refunded"), Yen.format(p.refundedYen())));
        }
        d.terminalId().ifPresent(t -> lines.add(new InfoLine(messages.get("history.detail.terminal"), t)));
        d.lastRequestId().ifPresent(r -> lines.add(new InfoLine(messages.get("history.detail.requestId"), r)));
        p.attention().ifPresent(n -> lines.add(new InfoLine(messages.get("history.detail.attention"), n)));
        return lines;
    }

    // ---------------------------------------------------------------- actions

    /**
     * Runs an action on the selected payment: checks the amount, asks for the manager PIN, verifies it in the
     * background and only then calls the engine. A wrong, missing or locked PIN sends nothing.
     */
    public void act(Action action) {
        if (detail == null || acting.get() || operations.isEmpty() || !allowed(action)) {
            return;
        }
        PaymentSummary p = detail.summary();
        long amount;
        switch (action) {
            case REFUND -> amount = amountIn(refundAmount.get(), detail.actions().maxRefund());
            case CAPTURE -> amount = amountIn(captureAmount.get(), detail.actions().maxCapture());
            default -> amount = p.amountYen();
        }
        if (amount < 0) {
            long max = action == Action.REFUND ? detail.actions().maxRefund() : detail.actions().maxCapture();
            say(messages.format("history.error.amount", Yen.format(max)), Tone.DANGER);
            return;
        }
        String key = action.name().toLowerCase(Locale.ROOT);
        String yen = messages.amountInText(amount);
        Optional<char[]> pin = prompt.ask(messages.format("history.confirm." + key + ".title", yen),
                messages.format("history.confirm." + key + ".message", yen) + "\n" + messages.get("pin.needed"));
        if (pin.isEmpty()) {
            return;
        }
        String id = p.merchantPaymentId();
        PaymentOperations ops = operations.get();
        acting.set(true);
        say(messages.get("history.action.working"), Tone.NEUTRAL);
        tasks.run(() -> {
            PinGuard.Verdict verdict = pins.check(pin.get());
            if (verdict != PinGuard.Verdict.ACCEPTED) {
                if (verdict == PinGuard.Verdict.LOCKED) {
                    LOG.info("Manager PIN locked: {} of {} refused", action, id);
                }
                return new ActionOutcome(verdict, null);
            }
            LOG.info("Manager approved {} of {}", action, id);
            return new ActionOutcome(verdict, switch (action) {
                case CANCEL -> ops.cancel(id);
                case REFUND -> ops.refund(id, amount, null);
                case CAPTURE -> ops.capture(id, amount);
                case REVERT -> ops.revert(id, null);
            });
        }, outcome -> {
            acting.set(false);
            showOutcome(action, yen, outcome);
            if (outcome.verdict() == PinGuard.Verdict.ACCEPTED) {
                refresh(); // also reloads this detail; a refused PIN changed nothing, not even the typed amount
            }
        }, e -> {
            acting.set(false);
            say(messages.format("history.result.error", e.getMessage()), Tone.WARNING);
            refresh();
        });
    }

    private boolean allowed(Action action) {
        return switch (action) {
            case CANCEL -> canCancel.get();
            case REFUND -> canRefund.get();
            case CAPTURE -> canCapture.get();
            case REVERT -> canRevert.get();
        };
    }

    /** The typed amount if it is ¥1..max, else -1. */
    private static long amountIn(String text, long max) {
        OptionalLong v = Yen.parse(text);
        return v.isPresent() && v.getAsLong() >= 1 && v.getAsLong() <= max ? v.getAsLong() : -1;
    }

    private void showOutcome(Action action, String yen, ActionOutcome outcome) {
        switch (outcome.verdict()) {
            case WRONG -> say(messages.get("pin.wrong"), Tone.DANGER);
            case NOT_SET -> say(messages.get("pin.notSet"), Tone.DANGER);
            case LOCKED -> say(messages.format("pin.locked", pins.lockedSeconds()), Tone.DANGER);
            case ACCEPTED -> {
                String key = action.name().toLowerCase(Locale.ROOT);
                ActionResult r = outcome.result();
                if (r instanceof ActionResult.Done) {
                    say(messages.format("history.result.done." + key, yen), Tone.SUCCESS);
                } else if (r instanceof ActionResult.Pending pending) {
                    say(messages.get("history.result.pending"), Tone.WARNING);
                    if (pending.merchantOperationId() != null) {
                        awaited = new Awaited(pending.merchantOperationId(), action, yen);
                    }
                } else {
                    say(messages.format("history.result.refused", r.message()), Tone.DANGER);
                }
            }
        }
    }

    private void say(String text, Tone tone) {
        actionMessage.set(text);
        actionTone.set(tone);
    }

    // ---------------------------------------------------------------- needs attention

    /** Runs the reconciler now and says what it did. */
    public void resolveNow() {
        if (resolving.get()) {
            return;
        }
        resolving.set(true);
        resolveMessage.set(messages.get("attention.resolving"));
        tasks.run(history::reconcileNow, (ReconcileSummary s) -> {
            resolving.set(false);
            resolveMessage.set(s.isClean() ? messages.format("attention.resolved.clean", s.checked(), s.resolved())
                    : messages.format("attention.resolved.open", s.checked(), s.resolved(), s.unresolved()));
            refresh();
        }, e -> {
            resolving.set(false);
            resolveMessage.set(messages.format("attention.error", e.getMessage()));
        });
    }

    // ---------------------------------------------------------------- properties

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

    public ObservableList<PaymentRow> attentionRows() {
        return attentionRowsView;
    }

    public ReadOnlyIntegerProperty attentionCountProperty() {
        return attentionCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resolveMessageProperty() {
        return resolveMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty resolvingProperty() {
        return resolving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty detailShownProperty() {
        return detailShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailTitleProperty() {
        return detailTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailStateProperty() {
        return detailState.getReadOnlyProperty();
    }

    public ObservableList<InfoLine> info() {
        return infoView;
    }

    public ObservableList<OperationRow> operationRows() {
        return operationRowsView;
    }

    public ObservableList<EventRow> events() {
        return eventsView;
    }

    public ReadOnlyBooleanProperty canCancelProperty() {
        return canCancel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRefundProperty() {
        return canRefund.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCaptureProperty() {
        return canCapture.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRevertProperty() {
        return canRevert.getReadOnlyProperty();
    }

    /** The refund amount field; defaults to what can still be refunded. */
    public StringProperty refundAmountProperty() {
        return refundAmount;
    }

    /** The capture amount field; defaults to the authorized amount. */
    public StringProperty captureAmountProperty() {
        return captureAmount;
    }

    /** Why actions are missing, or until when a cancel is possible. */
    public ReadOnlyStringProperty actionNoteProperty() {
        return actionNote.getReadOnlyProperty();
    }

    /** The outcome of the last action in plain language. */
    public ReadOnlyStringProperty actionMessageProperty() {
        return actionMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> actionToneProperty() {
        return actionTone.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty actingProperty() {
        return acting.getReadOnlyProperty();
    }
}
