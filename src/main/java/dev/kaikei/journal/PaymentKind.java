package dev.kaikei.journal;

/** How a payment is taken: a dynamic QR the customer scans, or a native (direct debit) charge; either may be a pre-auth. */
public enum PaymentKind {
    QR(false, false),
    QR_PREAUTH(false, true),
    NATIVE(true, false),
    NATIVE_PREAUTH(true, true);

    private final boolean nativePayment;
    private final boolean preAuth;

    PaymentKind(boolean nativePayment, boolean preAuth) {
        this.nativePayment = nativePayment;
        this.preAuth = preAuth;
    }

    /** Native payments charge a linked user and therefore need a userAuthorizationId. */
    public boolean isNative() {
        return nativePayment;
    }

    /** Pre-auth payments end AUTHORIZED and only become a sale when captured. */
    public boolean isPreAuth() {
        return preAuth;
    }
}
