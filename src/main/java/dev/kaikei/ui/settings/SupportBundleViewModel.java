package dev.kaikei.ui.settings;

import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The "Support bundle" button: writes the zip in the background and says where it went (or why it failed). */
public final class SupportBundleViewModel {

    private final SupportBundleWriter writer;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<StatusMessage> status = new ReadOnlyObjectWrapper<>(this, "status",
            StatusMessage.NONE);

    public SupportBundleViewModel(SupportBundleWriter writer, TaskRunner tasks, Messages messages, Clock clock) {
        this.writer = writer;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
    }

    /** The name offered in the save dialog, e.g. {@code kaikei-support-2026-03-01.zip}. */
    public String suggestedName() {
        return "kaikei-support-" + LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault()) + ".zip";
    }

    /** Writes the bundle to {@code zip} in the background. */
    public void create(Path zip) {
        busy.set(true);
        status.set(StatusMessage.neutral(messages.get("settings.support.working")));
        tasks.task(() -> writer.write(zip))
                .onSuccess(entries -> status.set(StatusMessage.success(messages.format("settings.support.done",
                        zip.toString(), entries.size()))))
                .onError(Exception.class, e -> status.set(StatusMessage.danger(messages.format(
                        "settings.support.failed", e.getMessage()))))
                .andFinally(() -> busy.set(false)).start();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Where the bundle went, or why it could not be written. */
    public ReadOnlyObjectProperty<StatusMessage> statusProperty() {
        return status.getReadOnlyProperty();
    }
}
