package dev.kaikei.config;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with the settings: the key it is about (empty when it is about the file as a whole) and what is
 * wrong, e.g. ({@code paypay.pollIntervalSeconds}, "is '9'; allowed: a whole number 2-5"). The command line prints
 * {@link #text()}; the Settings screen shows {@link #message()} next to the key's field.
 */
public record Problem(Optional<String> key, String message) {

    public Problem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(message, "message");
    }

    /** A problem with {@code key}'s value; {@code message} reads on from the key ("must be …", "is '…'; …"). */
    public static Problem of(String key, String message) {
        return new Problem(Optional.of(key), message);
    }

    /** A problem with the settings as a whole (the file is missing or unreadable). */
    public static Problem general(String message) {
        return new Problem(Optional.empty(), message);
    }

    /** The whole sentence for a person reading a terminal: the key, its environment variable, then the message. */
    public String text() {
        return key.map(k -> k + " (env " + ConfigKeys.environmentVariable(k) + ") " + message).orElse(message);
    }

    @Override
    public String toString() {
        return text();
    }
}
