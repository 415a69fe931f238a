package dev.kaikei.app;

import dev.kaikei.payment.EngineSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How an {@link AppContext} runs, beyond the operator's settings: the clock, engine timing overrides (tests use
 * milliseconds), whether this process owns the journal, and how long closing waits for open checkouts to end.
 *
 * @param clock        the clock of the engine, the journal and request signing (UTC)
 * @param engineTuning applied to the engine settings derived from {@code Settings} (identity in production)
 * @param role         {@link Role#OWNER} moves money and reconciles; {@link Role#READER} only reads the history
 * @param closeGrace   how long {@link AppContext#close()} waits for abandoned checkouts to withdraw their codes
 * @param backgroundReconciler whether an owner runs the reconciler at start-up and periodically (off for a command
 *                     that runs one pass itself and reports it)
 * @param backgroundWorkAtOpen whether {@link AppContext#open} starts the owner's background work (start-up
 *                     reconciliation, daily backup) itself; the cashier app starts it once its window is on screen
 *                     ({@link AppContext#startBackgroundWork()}), so it never competes with the first frame
 */
public record AppOptions(Clock clock, UnaryOperator<EngineSettings> engineTuning, Role role, Duration closeGrace,
                         boolean backgroundReconciler, boolean backgroundWorkAtOpen) {

    /** Whether the process may move money with the journal. */
    public enum Role {
        /** Holds the journal's lock, starts the reconciler (at start-up and periodically) and may charge. */
        OWNER,
        /** Reads the history only (list, report, export): no lock, no reconciler, so it can run beside the app. */
        READER
    }

    public AppOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(engineTuning, "engineTuning");
        Objects.requireNonNull(role, "role");
        if (closeGrace == null || closeGrace.isNegative()) {
            throw new IllegalArgumentException("closeGrace must be zero or positive");
        }
    }

    /** Production: system clock, settings as configured, owner, 10 s for open checkouts to close. */
    public static AppOptions defaults() {
        return new AppOptions(Clock.systemUTC(), UnaryOperator.identity(), Role.OWNER, Duration.ofSeconds(10), true,
                true);
    }

    public AppOptions withRole(Role newRole) {
        return new AppOptions(clock, engineTuning, newRole, closeGrace, backgroundReconciler, backgroundWorkAtOpen);
    }

    public AppOptions withClock(Clock newClock) {
        return new AppOptions(newClock, engineTuning, role, closeGrace, backgroundReconciler, backgroundWorkAtOpen);
    }

    public AppOptions withEngineTuning(UnaryOperator<EngineSettings> tuning) {
        return new AppOptions(clock, tuning, role, closeGrace, backgroundReconciler, backgroundWorkAtOpen);
    }

    public AppOptions withBackgroundReconciler(boolean enabled) {
        return new AppOptions(clock, engineTuning, role, closeGrace, enabled, backgroundWorkAtOpen);
    }

    public AppOptions withCloseGrace(Duration grace) {
        return new AppOptions(clock, engineTuning, role, grace, backgroundReconciler, backgroundWorkAtOpen);
    }

    /** The background work waits for {@link AppContext#startBackgroundWork()} (the cashier app: after its window). */
    public AppOptions withBackgroundWorkLater() {
        return new AppOptions(clock, engineTuning, role, closeGrace, backgroundReconciler, false);
    }
}
