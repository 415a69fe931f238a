package dev.kaikei.journal;

/** A change waiting in the HQ sync outbox: its per-terminal sequence number and the row as it is now. */
public sealed interface OutboxEntry {

    /** The sequence number the journal gave this change; never reused. */
    long seq();

    /** A payment row that changed. */
    record Payment(long seq, PaymentRecord record) implements OutboxEntry {
    }

    /** An operation row (refund, cancel, capture, revert, code delete) that changed. */
    record Operation(long seq, OperationRecord record) implements OutboxEntry {
    }
}
