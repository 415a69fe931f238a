package dev.kaikei.ui.settings;

import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Tone;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The "Support bundle" button: writes the zip in the background and says where it went (or why it failed). */
public final class SupportBundleViewModel {

    private final SupportBundleWriter writer;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(this, "tone", Tone.NEUTRAL);

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
        message.set(messages.get("settings.support.working"));
        tone.set(Tone.NEUTRAL);
        tasks.run(() -> writer.write(zip), entries -> {
            busy.set(false);
            message.set(messages.format("settings.support.done", zip.toString(), entries.size()));
            tone.set(Tone.SUCCESS);
        }, e -> {
            busy.set(false);
            message.set(messages.format("settings.support.failed", e.getMessage()));
            tone.set(Tone.DANGER);
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }
}
