package dev.kaikei.opa;

import java.time.Duration;
import java.util.Objects;

/**
 * How 429 RATE_LIMIT responses are retried: at most {@code maxAttempts} sends in total, waiting
 * {@code baseDelay * 2^n} capped at {@code maxDelay}, or the server's {@code Retry-After} (also capped). Nothing else is
 * ever retried automatically.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8));
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (baseDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("retry delays must not be negative");
        }
    }

    /**
     * The wait before attempt {@code attempt + 1} (attempt counts from 1).
     *
     * @param retryAfter the server's Retry-After, or null
     */
    public Duration delayAfter(int attempt, Duration retryAfter) {
        Duration wanted = retryAfter != null
                ? retryAfter
                : baseDelay.multipliedBy(1L << Math.min(attempt - 1, 30));
        return wanted.compareTo(maxDelay) > 0 ? maxDelay : wanted;
    }
}
