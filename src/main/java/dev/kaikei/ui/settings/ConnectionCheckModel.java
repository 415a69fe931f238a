package dev.kaikei.ui.settings;

import dev.kaikei.config.Settings;
import dev.kaikei.selfcheck.SelfCheckReport;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.TaskRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Settings' "Test connection": runs the self-check on the entered values and says in plain words what it found. */
public final class ConnectionCheckModel {

    private final Optional<ConnectionCheck> check;
    private final TaskRunner tasks;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ObservableList<StatusMessage> lines = FXCollections.observableArrayList();
    private final ObservableList<StatusMessage> linesView = FXCollections.unmodifiableObservableList(lines);

    ConnectionCheckModel(Optional<ConnectionCheck> check, TaskRunner tasks, Messages messages) {
        this.check = check;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** True when a self-check was handed over (the button is shown). */
    public boolean isAvailable() {
        return check.isPresent();
    }

    /** Checks the entered (validated, not yet saved) settings in the background. */
    void run(Settings entered) {
        if (check.isEmpty() || checking.get()) {
            return;
        }
        checking.set(true);
        lines.setAll(StatusMessage.neutral(messages.get("settings.check.running")));
        tasks.task(() -> check.get().check(entered)).onSuccess(report -> lines.setAll(describe(report)))
                .onError(Exception.class, e -> lines.setAll(StatusMessage.danger(messages.format(
                        "settings.check.error", e.getMessage()))))
                .andFinally(() -> checking.set(false)).start();
    }

    List<StatusMessage> describe(SelfCheckReport r) {
        List<StatusMessage> found = new ArrayList<>();
        String code = r.resultCode().orElse("");
        switch (r.credentials()) {
            case NOT_APPLICABLE -> found.add(StatusMessage.neutral(messages.get("settings.check.simulator")));
            case ACCEPTED -> found.add(StatusMessage.success(messages.get("settings.check.accepted")));
            case REJECTED -> found.add(StatusMessage.danger(messages.format("settings.check.rejected",
                    r.httpStatus(), code)));
            case UNREACHABLE -> found.add(StatusMessage.danger(messages.get("settings.check.unreachable")));
            case UNEXPECTED -> found.add(StatusMessage.warning(messages.format("settings.check.unexpected",
                    r.httpStatus(), code)));
        }
        long skew = r.clockSkew().map(Duration::getSeconds).orElse(0L);
        switch (r.clock()) {
            case IN_SYNC -> found.add(StatusMessage.success(messages.format("settings.check.clockOk",
                    Math.abs(skew))));
            case DRIFTING -> found.add(StatusMessage.warning(messages.format("settings.check.clockDrift", skew)));
            case REJECTED -> found.add(StatusMessage.danger(messages.format("settings.check.clockRejected", skew)));
            case UNKNOWN -> found.add(StatusMessage.warning(messages.get("settings.check.clockUnknown")));
            case NOT_APPLICABLE -> {
            }
        }
        r.requestId().ifPresent(id -> found.add(StatusMessage.neutral(messages.format("settings.check.requestId",
                id))));
        return found;
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** What the last check found, one line each. */
    public ObservableList<StatusMessage> lines() {
        return linesView;
    }
}
