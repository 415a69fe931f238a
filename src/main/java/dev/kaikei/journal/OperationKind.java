package dev.kaikei.journal;

/** A money-moving request on an existing payment. Refund, capture and revert carry their own merchant-side id. */
public enum OperationKind {
    CANCEL(false, false),
    DELETE_CODE(false, false),
    REFUND(true, true),
    CAPTURE(true, true),
    REVERT(true, false);

    private final boolean hasMerchantId;
    private final boolean hasAmount;

    OperationKind(boolean hasMerchantId, boolean hasAmount) {
        this.hasMerchantId = hasMerchantId;
        this.hasAmount = hasAmount;
    }

    /** True for merchantRefundId / merchantCaptureId / merchantRevertId; cancel and delete are keyed by the payment. */
    public boolean hasMerchantId() {
        return hasMerchantId;
    }

    /** True if the operation moves a specific amount (refund, capture). */
    public boolean hasAmount() {
        return hasAmount;
    }
}
