package dev.kaikei.ui.settings;

import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.StatusMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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
    private final ReadOnlyObjectWrapper<StatusMessage> status =
            new ReadOnlyObjectWrapper<>(this, "status", StatusMessage.NONE);
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
        tasks.task(source::current)
                .onSuccess(this::show)
                .onError(Exception.class, e -> status.set(StatusMessage.danger(
                        messages.format("settings.hq.unreadable", e.getMessage()))))
                .start();
    }

    private void show(HqSyncSummary s) {
        String when = s.lastSyncedAt().map(at -> {
            var local = at.atZone(SHOP);
            return (local.toLocalDate().equals(LocalDate.now(clock.withZone(SHOP))) ? TIME : DATE_TIME).format(local);
        }).orElse(messages.get("settings.hq.never"));
        String line = messages.format("settings.hq.status", when, s.waiting());
        if (s.failing()) {
            status.set(StatusMessage.warning(line + " " + messages.get("settings.hq.retrying")));
        } else {
            status.set(s.waiting() == 0 ? StatusMessage.success(line) : StatusMessage.neutral(line));
        }
    }

    public ReadOnlyObjectProperty<StatusMessage> statusProperty() {
        return status.getReadOnlyProperty();
    }
}
