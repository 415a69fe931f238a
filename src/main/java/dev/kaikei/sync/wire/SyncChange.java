package dev.kaikei.sync.wire;

/**
 * One changed row of a till's journal, as it is now; exactly one of {@code payment} and {@code operation} is set.
 *
 * @param seq the till's sequence number of the change (per terminal, ascending, never reused)
 */
public record SyncChange(long seq, SyncedPayment payment, SyncedOperation operation) {

    public static SyncChange of(long seq, SyncedPayment payment) {
        return new SyncChange(seq, payment, null);
    }

    public static SyncChange of(long seq, SyncedOperation operation) {
        return new SyncChange(seq, null, operation);
    }
}
