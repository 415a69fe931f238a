package dev.kaikei.ui.endofday;

import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What End of day's panels share: the day they show, their summary line, and reading the day's figures off the FX
 * thread. An answer that arrives after the cashier picked another day is dropped, so a slow day never overwrites the
 * one on screen.
 */
final class DayPanel {

    /** Reads a day's figures (on a background thread). */
    @FunctionalInterface
    interface DayRead<T> {
        T read(LocalDate day) throws Exception;
    }

    private final ObjectProperty<LocalDate> day;
    private final ReadOnlyObjectWrapper<StatusMessage> summary;
    private final TaskRunner tasks;
    private final Messages messages;

    DayPanel(Object bean, TaskRunner tasks, Messages messages) {
        this.day = new SimpleObjectProperty<>(bean, "day");
        this.summary = new ReadOnlyObjectWrapper<>(bean, "summary", StatusMessage.NONE);
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Reads the day shown and hands the figures to {@code show}; a failure becomes the summary ({@code errorKey}). */
    <T> void load(DayRead<T> read, Consumer<T> show, String errorKey) {
        LocalDate d = day.get();
        if (d == null) {
            return;
        }
        tasks.task(() -> read.read(d)).onSuccess(figures -> {
            if (d.equals(day.get())) {
                show.accept(figures);
            }
        }).onError(Exception.class, e -> summary.set(StatusMessage.danger(messages.format(errorKey, e.getMessage()))))
                .start();
    }

    ObjectProperty<LocalDate> day() {
        return day;
    }

    ReadOnlyObjectWrapper<StatusMessage> summary() {
        return summary;
    }
}
