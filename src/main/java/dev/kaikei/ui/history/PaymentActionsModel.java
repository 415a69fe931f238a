package dev.kaikei.ui.history;

import dev.kaikei.journal.OperationState;
import dev.kaikei.payment.ActionOptions;
import dev.kaikei.payment.ActionResult;
import dev.kaikei.payment.PaymentDetail;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.PaymentRows;
import dev.kaikei.config.ManagerPinGuard;
import dev.kaikei.ui.common.PinPrompt;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Yen;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * History's actions on the selected payment — cancel, refund, capture, revert — as the engine's rules allow them now,
 * each only after the manager PIN. An action PayPay accepted but has not confirmed is followed until the journal shows
 * its answer.
 */
public final class PaymentActionsModel {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentActionsModel.class);

    /** The actions of the detail pane. */
    public enum Action { CANCEL, REFUND, CAPTURE, REVERT }

    private record Outcome(ManagerPinGuard.Verdict verdict, ActionResult result) {
    }

    /** An action PayPay accepted but has not confirmed: its message changes when the journal shows the answer. */
    private record Awaited(String merchantOperationId, Action action, String yen) {
    }

    private final Optional<PaymentOperations> operations;
    private final ManagerPinGuard pins;
    private final PinPrompt prompt;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Runnable reload;

    private final ReadOnlyBooleanWrapper canCancel = new ReadOnlyBooleanWrapper(this, "canCancel");
    private final ReadOnlyBooleanWrapper canRefund = new ReadOnlyBooleanWrapper(this, "canRefund");
    private final ReadOnlyBooleanWrapper canCapture = new ReadOnlyBooleanWrapper(this, "canCapture");
    private final ReadOnlyBooleanWrapper canRevert = new ReadOnlyBooleanWrapper(this, "canRevert");
    private final StringProperty refundAmount = new SimpleStringProperty(this, "refundAmount", "");
    private final StringProperty captureAmount = new SimpleStringProperty(this, "captureAmount", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyObjectWrapper<StatusMessage> status = new ReadOnlyObjectWrapper<>(this, "status",
            StatusMessage.NONE);
    private final ReadOnlyBooleanWrapper acting = new ReadOnlyBooleanWrapper(this, "acting");

    private PaymentDetail detail;
    private Awaited awaited;

    /** @param reload reloads the list and this detail once an action changed something */
    PaymentActionsModel(Optional<PaymentOperations> operations, ManagerPinGuard pins, PinPrompt prompt, TaskRunner tasks,
                        Messages messages, Runnable reload) {
        this.operations = operations;
        this.pins = pins;
        this.prompt = prompt;
        this.tasks = tasks;
        this.messages = messages;
        this.reload = reload;
    }

    /** Another payment was selected: its own actions, with no word left over from the last one. */
    void selected() {
        detail = null;
        awaited = null;
        status.set(StatusMessage.NONE);
    }

    /** Says something about the selected payment where the outcome of an action would appear. */
    void report(StatusMessage message) {
        status.set(message);
    }

    /**
     * Shows what can be done with {@code d} now.
     *
     * @param fresh true when the payment was just selected: the amount fields start at their maximum
     */
    void show(PaymentDetail d, boolean fresh) {
        boolean amountsChanged = detail == null || detail.actions().maxRefund() != d.actions().maxRefund()
                || detail.actions().maxCapture() != d.actions().maxCapture();
        detail = d;
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
        note.set(a.cancel() || a.refund() || a.capture() || a.revert() ? cancelDeadline(a) : a.note());
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
            if (o.state() == OperationState.SUCCEEDED) {
                status.set(StatusMessage.success(messages.format("history.result.done." + key(awaited.action()),
                        awaited.yen())));
                awaited = null;
            } else if (o.state() == OperationState.REJECTED) {
                status.set(StatusMessage.danger(messages.format("history.result.refused",
                        o.resultCode().orElse(o.state().name()))));
                awaited = null;
            }
            return;
        }
    }

    private String cancelDeadline(ActionOptions a) {
        return a.cancel() ? a.cancelUntil().map(t -> messages.format("history.cancelUntil",
                PaymentRows.dateTime(t))).orElse("") : messages.get("history.refundOnly");
    }

    /**
     * Runs an action on the selected payment: checks the amount, asks for the manager PIN, verifies it in the
     * background and only then calls the engine. A wrong, missing or locked PIN sends nothing.
     */
    public void act(Action action) {
        if (detail == null || acting.get() || operations.isEmpty() || !allowed(action)) {
            return;
        }
        ActionOptions options = detail.actions();
        long amount = switch (action) {
            case REFUND -> amountIn(refundAmount.get(), options.maxRefund());
            case CAPTURE -> amountIn(captureAmount.get(), options.maxCapture());
            default -> detail.summary().amountYen();
        };
        if (amount < 0) {
            long max = action == Action.REFUND ? options.maxRefund() : options.maxCapture();
            status.set(StatusMessage.danger(messages.format("history.error.amount", Yen.format(max))));
            return;
        }
        String yen = messages.amountInText(amount);
        Optional<char[]> pin = prompt.ask(messages.format("history.confirm." + key(action) + ".title", yen),
                messages.format("history.confirm." + key(action) + ".message", yen) + "\n"
                        + messages.get("pin.needed"));
        if (pin.isEmpty()) {
            return;
        }
        String id = detail.summary().merchantPaymentId();
        PaymentOperations ops = operations.get();
        acting.set(true);
        status.set(StatusMessage.neutral(messages.get("history.action.working")));
        tasks.task(() -> {
            ManagerPinGuard.Verdict verdict = pins.check(pin.get());
            if (verdict != ManagerPinGuard.Verdict.ACCEPTED) {
                if (verdict == ManagerPinGuard.Verdict.LOCKED) {
                    LOG.info("Manager PIN locked: {} of {} refused", action, id);
                }
                return new Outcome(verdict, null);
            }
            LOG.info("Manager approved {} of {}", action, id);
            return new Outcome(verdict, switch (action) {
                case CANCEL -> ops.cancel(id);
                case REFUND -> ops.refund(id, amount, null);
                case CAPTURE -> ops.capture(id, amount);
                case REVERT -> ops.revert(id, null);
            });
        }).onSuccess(outcome -> {
            showOutcome(action, yen, outcome);
            if (outcome.verdict() == ManagerPinGuard.Verdict.ACCEPTED) {
                reload.run(); // also reloads this detail; a refused PIN changed nothing, not even the typed amount
            }
        }).onError(Exception.class, e -> {
            status.set(StatusMessage.warning(messages.format("history.result.error", e.getMessage())));
            reload.run();
        }).andFinally(() -> acting.set(false)).start();
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

    private void showOutcome(Action action, String yen, Outcome outcome) {
        switch (outcome.verdict()) {
            case WRONG -> status.set(StatusMessage.danger(messages.get("pin.wrong")));
            case NOT_SET -> status.set(StatusMessage.danger(messages.get("pin.notSet")));
            case LOCKED -> status.set(StatusMessage.danger(messages.format("pin.locked", pins.lockedSeconds())));
            case ACCEPTED -> {
                ActionResult r = outcome.result();
                if (r instanceof ActionResult.Done) {
                    status.set(StatusMessage.success(messages.format("history.result.done." + key(action), yen)));
                } else if (r instanceof ActionResult.Pending pending) {
                    status.set(StatusMessage.warning(messages.get("history.result.pending")));
                    if (pending.merchantOperationId() != null) {
                        awaited = new Awaited(pending.merchantOperationId(), action, yen);
                    }
                } else {
                    status.set(StatusMessage.danger(messages.format("history.result.refused", r.message())));
                }
            }
        }
    }

    private static String key(Action action) {
        return action.name().toLowerCase(Locale.ROOT);
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
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The outcome of the last action in plain language. */
    public ReadOnlyObjectProperty<StatusMessage> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty actingProperty() {
        return acting.getReadOnlyProperty();
    }
}
