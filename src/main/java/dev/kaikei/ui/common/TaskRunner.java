package dev.kaikei.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one piece of work in the background and hands its result or failure back on the UI thread. The only way view
 * models start blocking work, so they never block the JavaFX thread and never touch state off it.
 */
public final class TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final BackgroundExecutor background;
    private final UiExecutor ui;

    public TaskRunner(BackgroundExecutor background, UiExecutor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Both sides on the caller's thread: for unit tests of view models. */
    public static TaskRunner sameThread() {
        return new TaskRunner(BackgroundExecutor.sameThread(), UiExecutor.sameThread());
    }

    public UiExecutor ui() {
        return ui;
    }

    /** Calls {@code work} in the background, then {@code onSuccess} or {@code onError} on the UI thread. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onError) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                LOG.warn("Background task failed: {}", e.toString());
                ui.execute(() -> onError.accept(e));
                return;
            }
            ui.execute(() -> onSuccess.accept(result));
        });
    }

    /** Fire-and-forget background work whose failure is only logged. */
    public void run(Runnable work) {
        background.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warn("Background task failed", e);
            }
        });
    }
}
