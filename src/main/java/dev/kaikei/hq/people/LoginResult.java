package dev.kaikei.hq.people;

import java.time.Duration;

/** The outcome of a login attempt. */
public sealed interface LoginResult {

    /** Right name and password. */
    record Accepted(User user) implements LoginResult {
    }

    /** Wrong name or password (which one is not told). */
    record Refused() implements LoginResult {
    }

    /** Too many wrong passwords: no attempt is checked until {@code retryAfter} has passed. */
    record Throttled(Duration retryAfter) implements LoginResult {
    }
}
