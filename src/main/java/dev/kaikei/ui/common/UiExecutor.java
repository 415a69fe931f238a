package dev.kaikei.ui.common;

import javafx.application.Platform;

/**
 * Delivers work to the UI thread. Engine listeners and background results go through it, so no node or bound
 * property is ever touched from another thread.
 */
@FunctionalInterface
public interface UiExecutor {

    void execute(Runnable work);

    /** The JavaFX application thread (production). */
    static UiExecutor fxThread() {
        return work -> {
            if (Platform.isFxApplicationThread()) {
                work.run();
            } else {
                Platform.runLater(work);
            }
        };
    }

    /** Runs the work at once on the caller's thread: the synchronous test double. */
    static UiExecutor sameThread() {
        return Runnable::run;
    }
}
