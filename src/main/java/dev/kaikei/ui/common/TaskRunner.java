package dev.kaikei.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one piece of work in the background and hands its result or failure back on the UI thread. The only way view
 * models start blocking work, so they never block the JavaFX thread and never touch state off it. Shaped like
 * Cryptomator's {@code Tasks}: {@code tasks.task(work).onSuccess(…).onError(Type.class, …).andFinally(…).start()}.
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

    /** Describes background work; nothing runs until {@link Task#start()}. */
    public <T> Task<T> task(Callable<T> work) {
        return new Task<>(Objects.requireNonNull(work, "work"));
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

    /**
     * One piece of background work and what happens on the UI thread when it ends: the success handler or the first
     * error handler whose type matches (in the order given), then the finally step, whichever way it ended.
     */
    public final class Task<T> {

        private record ErrorHandler<E extends Exception>(Class<E> type, Consumer<? super E> handler) {
            void handle(Exception e) {
                handler.accept(type.cast(e));
            }
        }

        private final Callable<T> work;
        private final List<ErrorHandler<?>> errorHandlers = new ArrayList<>();
        private Consumer<? super T> onSuccess = result -> { };
        private Runnable andFinally = () -> { };

        private Task(Callable<T> work) {
            this.work = work;
        }

        public Task<T> onSuccess(Consumer<? super T> handler) {
            onSuccess = Objects.requireNonNull(handler);
            return this;
        }

        /** Handles failures of {@code type} (and its subtypes) unless an earlier handler took them. */
        public <E extends Exception> Task<T> onError(Class<E> type, Consumer<? super E> handler) {
            errorHandlers.add(new ErrorHandler<>(type, handler));
            return this;
        }

        /** Runs after the success or error handler, whichever way the work ended (clears busy flags). */
        public Task<T> andFinally(Runnable step) {
            andFinally = Objects.requireNonNull(step);
            return this;
        }

        /** Starts the work in the background. */
        public void start() {
            background.execute(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    LOG.warn("Background task failed: {}", e.toString());
                    ui.execute(() -> ended(() -> failed(e)));
                    return;
                }
                ui.execute(() -> ended(() -> onSuccess.accept(result)));
            });
        }

        private void ended(Runnable handler) {
            try {
                handler.run();
            } finally {
                andFinally.run();
            }
        }

        private void failed(Exception e) {
            for (ErrorHandler<?> h : errorHandlers) {
                if (h.type().isInstance(e)) {
                    h.handle(e);
                    return;
                }
            }
            LOG.warn("No handler for a failed background task", e);
        }
    }
}
