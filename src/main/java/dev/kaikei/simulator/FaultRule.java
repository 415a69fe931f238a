package dev.kaikei.simulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One fault-injection rule: which operation, what happens, and when it fires — for the next {@code count} matching
 * calls, or with {@code probability} per call (drawn from the simulator's seeded random, so runs repeat). Build with
 * {@link #next(int, Operation, FaultKind)} or {@link #withProbability(double, Operation, FaultKind)} and the withers.
 *
 * @param commit for the error kinds: perform the operation before failing (as if the answer was lost on the way back)
 * @param match  only calls whose path or body contains this text (e.g. one payment's merchantPaymentId); null: all
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultRule(Operation operation, FaultKind kind, Double probability, Integer count, Long latencyMillis,
                        Long holdMillis, Integer retryAfterSeconds, Boolean commit, String match) {

    static final long DEFAULT_LATENCY_MILLIS = 1_000;
    static final long DEFAULT_HOLD_MILLIS = 60_000;
    static final int DEFAULT_RETRY_AFTER_SECONDS = 1;

    public FaultRule {
        if (operation == null || kind == null) {
            throw new IllegalArgumentException("a fault rule needs an operation and a kind");
        }
        if ((probability == null) == (count == null)) {
            throw new IllegalArgumentException("a fault rule needs exactly one of probability or count");
        }
        if (probability != null && !(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be within 0..1");
        }
        if (count != null && count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        if (negative(latencyMillis) || negative(holdMillis) || (retryAfterSeconds != null && retryAfterSeconds < 0)) {
            throw new IllegalArgumentException("latencyMillis, holdMillis and retryAfterSeconds cannot be negative");
        }
        if (match != null && match.isEmpty()) {
            throw new IllegalArgumentException("match must not be empty (leave it out to match every call)");
        }
    }

    /** A rule as in earlier versions: every call of the operation may match. */
    public FaultRule(Operation operation, FaultKind kind, Double probability, Integer count, Long latencyMillis,
                     Long holdMillis, Integer retryAfterSeconds, Boolean commit) {
        this(operation, kind, probability, count, latencyMillis, holdMillis, retryAfterSeconds, commit, null);
    }

    private static boolean negative(Long value) {
        return value != null && value < 0;
    }

    /** Fires on the next {@code calls} calls of {@code operation}. */
    public static FaultRule next(int calls, Operation operation, FaultKind kind) {
        return new FaultRule(operation, kind, null, calls, null, null, null, null);
    }

    /** Fires on each call of {@code operation} with the given probability. */
    public static FaultRule withProbability(double probability, Operation operation, FaultKind kind) {
        return new FaultRule(operation, kind, probability, null, null, null, null, null);
    }

    public FaultRule latency(Duration latency) {
        return new FaultRule(operation, kind, probability, count, latency.toMillis(), holdMillis, retryAfterSeconds,
                commit, match);
    }

    public FaultRule hold(Duration hold) {
        return new FaultRule(operation, kind, probability, count, latencyMillis, hold.toMillis(), retryAfterSeconds,
                commit, match);
    }

    public FaultRule retryAfter(int seconds) {
        return new FaultRule(operation, kind, probability, count, latencyMillis, holdMillis, seconds, commit, match);
    }

    /** The operation is performed before the fault shows (implied for TRUNCATED_BODY and COMMIT_THEN_FAIL). */
    public FaultRule committing() {
        return new FaultRule(operation, kind, probability, count, latencyMillis, holdMillis, retryAfterSeconds, true,
                match);
    }

    /** Only calls whose path or body contains {@code text}, e.g. one payment's merchantPaymentId. */
    public FaultRule matching(String text) {
        return new FaultRule(operation, kind, probability, count, latencyMillis, holdMillis, retryAfterSeconds, commit,
                text);
    }

    boolean matches(Operation actual, String path, byte[] body) {
        if (!operation.matches(actual)) {
            return false;
        }
        return match == null || path.contains(match)
                || body != null && new String(body, StandardCharsets.UTF_8).contains(match);
    }

    long effectiveLatencyMillis() {
        return latencyMillis == null ? DEFAULT_LATENCY_MILLIS : latencyMillis;
    }

    long effectiveHoldMillis() {
        return holdMillis == null ? DEFAULT_HOLD_MILLIS : holdMillis;
    }

    int effectiveRetryAfterSeconds() {
        return retryAfterSeconds == null ? DEFAULT_RETRY_AFTER_SECONDS : retryAfterSeconds;
    }

    boolean commitsFirst() {
        return kind.commitsFirst(Boolean.TRUE.equals(commit));
    }
}
