package dev.kaikei.payment;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The engine's threads, kept apart so that nothing slow can hold up a checkout: {@code checkouts} runs the QR
 * checkouts (create, poll, close) and delivers their status; {@code background} runs action follow-ups, direct-debit
 * resolution and the reconciler's passes; {@code reconcileRows} works on one reconciler row at a time, so a pass can
 * move on when a row overruns its time budget. The composition root owns and closes them.
 */
public record EngineExecutors(ScheduledExecutorService checkouts, ScheduledExecutorService background,
                              ExecutorService reconcileRows) {

    public EngineExecutors {
        Objects.requireNonNull(checkouts, "checkouts");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(reconcileRows, "reconcileRows");
    }

    /** Everything on one pool (tests and tools; the app keeps them apart). */
    public static EngineExecutors shared(ScheduledExecutorService pool) {
        return new EngineExecutors(pool, pool, pool);
    }
}
