package dev.kaikei.sync.wire;

/**
 * A payment as HQ sees it. Nothing about the customer (reference, PayPay user, phone) and nothing secret is sent.
 *
 * @param merchantPaymentId the till's id of the payment (unique across the business, forever)
 * @param kind              QR, QR_PREAUTH, NATIVE or NATIVE_PREAUTH
 * @param amount            requested (or authorized) yen
 * @param description       the order text, may be null
 * @param paypayPaymentId   PayPay's id, may be null
 * @param state             the till's state name, shown as it is
 * @param createdAt         when the till started it (epoch ms); its business day is the Asia/Tokyo date of this
 * @param updatedAt         last change (epoch ms)
 * @param attention         why a person must look at it, may be null
 * @param saleYen           what counts as sold (0 unless paid; the captured amount for a pre-auth)
 * @param canceled          the sale was canceled (its saleYen goes back to the customer)
 * @param open              not settled yet (unresolved until PayPay's answer is known)
 */
public record SyncedPayment(String merchantPaymentId, String kind, long amount, String description,
                            String paypayPaymentId, String state, long createdAt, long updatedAt, String attention,
                            long saleYen, boolean canceled, boolean open) {
}
