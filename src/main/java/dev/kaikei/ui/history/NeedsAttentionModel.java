package dev.kaikei.ui.history;

import dev.kaikei.ui.common.HistoryService;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.PaymentRow;
import dev.kaikei.ui.common.TaskRunner;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * History's "Needs attention" tab: the payments a person must look at (unknown, stuck, or with an attention note) and
 * "Resolve now", which runs the reconciler at once and says what it did.
 */
public final class NeedsAttentionModel {

    private final HistoryService history;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Runnable reload;
    private final ObservableList<PaymentRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PaymentRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ReadOnlyStringWrapper resolveMessage = new ReadOnlyStringWrapper(this, "resolveMessage", "");
    private final ReadOnlyBooleanWrapper resolving = new ReadOnlyBooleanWrapper(this, "resolving");

    /** @param reload reloads History once the reconciler has changed things */
    NeedsAttentionModel(HistoryService history, TaskRunner tasks, Messages messages, Runnable reload) {
        this.history = history;
        this.tasks = tasks;
        this.messages = messages;
        this.reload = reload;
    }

    void show(List<PaymentRow> attention) {
        rows.setAll(attention);
        count.set(attention.size());
    }

    /** Runs the reconciler now and says what it did. */
    public void resolveNow() {
        if (resolving.get()) {
            return;
        }
        resolving.set(true);
        resolveMessage.set(messages.get("attention.resolving"));
        tasks.task(history::reconcileNow).onSuccess(s -> {
            resolveMessage.set(s.isClean() ? messages.format("attention.resolved.clean", s.checked(), s.resolved())
                    : messages.format("attention.resolved.open", s.checked(), s.resolved(), s.unresolved()));
            reload.run();
        }).onError(Exception.class, e -> resolveMessage.set(messages.format("attention.error", e.getMessage())))
                .andFinally(() -> resolving.set(false)).start();
    }

    public ObservableList<PaymentRow> rows() {
        return rowsView;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resolveMessageProperty() {
        return resolveMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty resolvingProperty() {
        return resolving.getReadOnlyProperty();
    }
}
