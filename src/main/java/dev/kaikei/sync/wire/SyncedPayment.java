package dev.kaikei.sync.wire;

/**
 * A payment as HQ sees it. Nothing about the customer (reference, PayPay user, phone) and nothing secret is sent.
 *
 * @param merchantPaymentId the till's id of the payment (unique across the business, forever)
 * @param kind              how it was taken
 * @param amount            requested (or authorized) yen
 * @param description       the order text, may be null
 * @param paypayPaymentId   PayPay's id, may be null
 * @param state             the till's state, shown as it is (HQ sums the fields below, never states)
 * @param createdAt         when the till started it (epoch ms); its business day is the Asia/Tokyo date of this
 * @param updatedAt         last change (epoch ms)
 * @param attention         why a person must look at it, may be null
 * @param saleYen           what counts as sold (0 unless paid; the captured amount for a pre-auth)
 * @param canceled          the sale was canceled (its saleYen goes back to the customer)
 * @param open              not settled yet (unresolved until PayPay's answer is known)
 */
public record SyncedPayment(String merchantPaymentId, Kind kind, long amount, String description,
                            String paypayPaymentId, State state, long createdAt, long updatedAt, String attention,
                            long saleYen, boolean canceled, boolean open) {

    /** How a payment was taken: a dynamic QR the customer scans or a native (direct debit) charge; maybe pre-auth. */
    public enum Kind {
        QR, QR_PREAUTH, NATIVE, NATIVE_PREAUTH
    }

    /** The till's state of a payment, by the journal's names. */
    public enum State {
        CREATING, AWAITING_PAYMENT, UNKNOWN, AUTHORIZED, COMPLETED, FAILED, EXPIRED, ABANDONED, CANCELED,
        PARTIALLY_REFUNDED, REFUNDED, REVERTED
    }
}
