package dev.kaikei.sync.wire;

/**
 * A refund, cancel, capture, revert or code deletion as HQ sees it.
 *
 * @param key                 the operation's id on its till, unique per till forever (its merchant operation id, or
 *                            one made from the payment, kind and start time for those that have none)
 * @param merchantPaymentId   the payment it belongs to
 * @param kind                what it does
 * @param amount              yen (0 when the kind has no amount)
 * @param state               the till's state, shown as it is (HQ sums refundYen and open, never states)
 * @param createdAt           when the till started it (epoch ms)
 * @param updatedAt           last change (epoch ms)
 * @param refundYen           yen refunded by it (0 unless a refund that succeeded)
 * @param open                not settled yet
 */
public record SyncedOperation(String key, String merchantPaymentId, Kind kind, long amount, State state,
                              long createdAt, long updatedAt, long refundYen, boolean open) {

    /** What an operation does to its payment. */
    public enum Kind {
        CANCEL, DELETE_CODE, REFUND, CAPTURE, REVERT
    }

    /** The till's state of an operation, by the journal's names. */
    public enum State {
        PENDING, ACCEPTED, UNKNOWN, SUCCEEDED, REJECTED
    }
}
