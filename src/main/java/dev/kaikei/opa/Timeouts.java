package dev.kaikei.opa;

import java.time.Duration;
import java.util.Objects;

/**
 * Connect and per-operation read timeouts (paypay-api.md §4.1): money-moving POSTs 30 s, GET/DELETE 15 s, the
 * account-link session 10 s.
 */
public record Timeouts(Duration connect, Duration moneyMoving, Duration query, Duration accountLink) {

    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofSeconds(15), Duration.ofSeconds(10));

    public Timeouts {
        requirePositive(connect, "connect");
        requirePositive(moneyMoving, "moneyMoving");
        requirePositive(query, "query");
        requirePositive(accountLink, "accountLink");
    }

    /** Every timeout the same, e.g. short ones for tests. */
    public static Timeouts all(Duration timeout) {
        return new Timeouts(timeout, timeout, timeout, timeout);
    }

    public Duration readTimeout(OpaOperation.TimeoutClass timeoutClass) {
        return switch (timeoutClass) {
            case MONEY_MOVING -> moneyMoving;
            case QUERY -> query;
            case ACCOUNT_LINK -> accountLink;
        };
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " timeout must be positive");
        }
    }
}
