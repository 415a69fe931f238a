package dev.kaikei.journal;

/**
 * A payment about to be requested from PayPay; inserting it commits the row in state CREATING.
 *
 * @param merchantPaymentId   the merchant-side id sent to PayPay (1-64 of a-z A-Z 0-9 - _, unique forever)
 * @param kind                QR or native, pre-auth or not
 * @param amount              yen, 1..99,999,999,999
 * @param description         order description (optional, ≤ 255)
 * @param storeId             PayPay storeId (optional, ≤ 255; appears in the reconciliation file)
 * @param terminalId          PayPay terminalId (optional, ≤ 255; appears in the reconciliation file)
 * @param customerReference   the shop's reference of a linked customer (optional, ≤ 255)
 * @param userAuthorizationId the linked user (required for native kinds, ≤ 64)
 */
public record NewPayment(String merchantPaymentId, PaymentKind kind, long amount, String description, String storeId,
                         String terminalId, String customerReference, String userAuthorizationId) {

    public NewPayment {
        Check.merchantId("merchantPaymentId", merchantPaymentId);
        Check.required("kind", kind);
        Check.amount("amount", amount);
        Check.text("description", description);
        Check.text("storeId", storeId);
        Check.text("terminalId", terminalId);
        Check.text("customerReference", customerReference);
        Check.text("userAuthorizationId", userAuthorizationId, 64);
        if (kind.isNative() && (userAuthorizationId == null || userAuthorizationId.isBlank())) {
            throw new IllegalArgumentException("userAuthorizationId is required for a " + kind + " payment");
        }
    }

    /** A QR payment without a linked customer. */
    public static NewPayment qr(String merchantPaymentId, long amount, String description, String storeId,
                                String terminalId) {
        return new NewPayment(merchantPaymentId, PaymentKind.QR, amount, description, storeId, terminalId, null, null);
    }
}
