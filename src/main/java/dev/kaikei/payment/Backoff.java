package dev.kaikei.payment;

import java.time.Duration;

/** Exponential backoff: {@code first * 2^(attempt-1)}, capped. */
final class Backoff {

    private Backoff() {
    }

    static Duration delay(Duration first, Duration cap, int attempt) {
        Duration d = first.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
        return d.compareTo(cap) > 0 ? cap : d;
    }
}
