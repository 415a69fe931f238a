package dev.kaikei.journal;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of a journal: the clock that stamps rows, how long to wait for a lock held by another connection, and when
 * an unanswered item starts to need a person.
 *
 * @param clock           stamps createdAt/updatedAt (UTC); injectable for tests
 * @param busyTimeout     how long a statement waits for another connection's lock before failing
 * @param stuckAfter      a payment CREATING, an operation PENDING, or a code past its expiry by more than this needs
 *                        attention
 * @param acceptedStuckAfter an operation ACCEPTED (e.g. a refund still CREATED at PayPay) for longer than this needs
 *                        attention
 */
public record JournalOptions(Clock clock, Duration busyTimeout, Duration stuckAfter, Duration acceptedStuckAfter) {

    public JournalOptions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        Objects.requireNonNull(stuckAfter, "stuckAfter");
        Objects.requireNonNull(acceptedStuckAfter, "acceptedStuckAfter");
    }

    public static JournalOptions defaults() {
        return new JournalOptions(Clock.systemUTC(), Duration.ofSeconds(5), Duration.ofMinutes(2), Duration.ofMinutes(30));
    }

    public JournalOptions withClock(Clock newClock) {
        return new JournalOptions(newClock, busyTimeout, stuckAfter, acceptedStuckAfter);
    }

    public JournalOptions withBusyTimeout(Duration timeout) {
        return new JournalOptions(clock, timeout, stuckAfter, acceptedStuckAfter);
    }

    public JournalOptions withStuckAfter(Duration stuck, Duration acceptedStuck) {
        return new JournalOptions(clock, busyTimeout, stuck, acceptedStuck);
    }
}
