package dev.kaikei.journal;

import java.time.Instant;

/**
 * A kept match of a PayPay transaction file: which file, when, and what differed.
 *
 * @param id        local id (the "match number" shown to people)
 * @param matchedAt when the match was kept
 * @param match     the file and its differences
 */
public record FileMatchRecord(long id, Instant matchedAt, NewFileMatch match) {

    /** True when PayPay and the journal agreed on every line. */
    public boolean allMatch() {
        return match.differences().isEmpty();
    }
}
