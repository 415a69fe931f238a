package dev.kaikei.config;

import java.util.Objects;

/**
 * A value that must never be printed, logged or shown: the PayPay API secret. {@link #toString()} is masked so that
 * string concatenation, logging and exception messages cannot leak it by accident; {@link #reveal()} is explicit.
 */
public final class Secret {

    private static final Secret EMPTY = new Secret("");

    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value);
    }

    public static Secret of(String value) {
        return value == null || value.isEmpty() ? EMPTY : new Secret(value);
    }

    public static Secret empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** The raw value, for the one place that needs it (the request signer). */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return isEmpty() ? "(not set)" : "********";
    }
}
