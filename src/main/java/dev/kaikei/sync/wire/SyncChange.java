package dev.kaikei.sync.wire;

/**
 * One changed row of a till's journal, as it is now; exactly one of {@code payment}, {@code operation},
 * {@code sale} and {@code tillSession} is set.
 *
 * @param seq the till's sequence number of the change (per terminal, ascending, never reused)
 */
public record SyncChange(long seq, SyncedPayment payment, SyncedOperation operation, SyncedSale sale,
                         SyncedTillSession tillSession) {

    public static SyncChange of(long seq, SyncedPayment payment) {
        return new SyncChange(seq, payment, null, null, null);
    }

    public static SyncChange of(long seq, SyncedOperation operation) {
        return new SyncChange(seq, null, operation, null, null);
    }

    public static SyncChange of(long seq, SyncedSale sale) {
        return new SyncChange(seq, null, null, sale, null);
    }

    public static SyncChange of(long seq, SyncedTillSession tillSession) {
        return new SyncChange(seq, null, null, null, tillSession);
    }

    /** How many of the four are set (a valid change has exactly one). */
    public int parts() {
        return (payment != null ? 1 : 0) + (operation != null ? 1 : 0) + (sale != null ? 1 : 0)
                + (tillSession != null ? 1 : 0);
    }
}
