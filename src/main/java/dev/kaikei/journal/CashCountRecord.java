package dev.kaikei.journal;

import java.time.Instant;

/**
 * A drawer count kept in the journal, with the cash expected at that moment.
 *
 * @param overShort counted minus expected: positive over, negative short
 */
public record CashCountRecord(long id, long sessionId, CountKind kind, Instant countedAt, CashCount count,
                              long expected) {

    public long counted() {
        return count.total();
    }

    public long overShort() {
        return count.total() - expected;
    }
}
