package dev.kaikei.ui.common;

import java.time.Duration;

/**
 * Schedules callbacks on the UI thread (countdown ticks, the automatic return after a payment). Injected so view
 * models are tested with a manual timer instead of waiting.
 */
public interface UiTimer {

    /** Calls {@code action} every {@code period} until the returned handle is closed. */
    Cancellable every(Duration period, Runnable action);

    /** Calls {@code action} once after {@code delay} unless the returned handle is closed first. */
    Cancellable after(Duration delay, Runnable action);

    /** A scheduled callback that can be stopped; closing twice is harmless. */
    @FunctionalInterface
    interface Cancellable extends AutoCloseable {
        @Override
        void close();
    }
}
