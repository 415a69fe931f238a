package dev.kaikei.ui.settings;

import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Tone;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Settings' line "HQ: last synced 10:42, 0 waiting", kept current while Settings is shown. */
public final class HqSyncViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(HqSyncViewModel.class);
    private static final ZoneId SHOP = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final HqSyncSource source;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(this, "tone", Tone.NEUTRAL);
    private AutoCloseable subscription;

    public HqSyncViewModel(HqSyncSource source, TaskRunner tasks, Messages messages, Clock clock) {
        this.source = source;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
    }

    /** Reads the summary now and after every push, until {@link #stop()}. */
    public void start() {
        stop();
        subscription = source.onChange(this::refresh);
        refresh();
    }

    public void stop() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.debug("Stopping HQ status updates failed: {}", e.toString());
            }
            subscription = null;
        }
    }

    public void refresh() {
        tasks.run(source::current, this::show, e -> {
            text.set(messages.format("settings.hq.unreadable", e.getMessage()));
            tone.set(Tone.DANGER);
        });
    }

    private void show(HqSyncSummary s) {
        String when = s.lastSyncedAt().map(at -> {
            var local = at.atZone(SHOP);
            return (local.toLocalDate().equals(LocalDate.now(clock.withZone(SHOP))) ? TIME : DATE_TIME).format(local);
        }).orElse(messages.get("settings.hq.never"));
        String line = messages.format("settings.hq.status", when, s.waiting());
        text.set(s.failing() ? line + " " + messages.get("settings.hq.retrying") : line);
        tone.set(s.failing() ? Tone.WARNING : s.waiting() == 0 ? Tone.SUCCESS : Tone.NEUTRAL);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }
}
