package dev.kaikei.ui.common;

/**
 * Runs blocking work (engine calls, journal reads, QR rendering) off the JavaFX thread. Injected so that view models
 * can be unit-tested with {@link #sameThread()}.
 */
@FunctionalInterface
public interface BackgroundExecutor {

    void execute(Runnable work);

    /** Runs the work at once on the caller's thread: the synchronous test double. */
    static BackgroundExecutor sameThread() {
        return Runnable::run;
    }
}
