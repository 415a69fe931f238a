package dev.kaikei.journal;

/**
 * An operation about to be requested on an existing payment; inserting it commits the row in state PENDING.
 *
 * @param merchantPaymentId   the payment it acts on
 * @param kind                cancel, delete code, refund, capture or revert
 * @param merchantOperationId merchantRefundId / merchantCaptureId / merchantRevertId (required exactly for those
 *                            kinds, null for cancel and delete)
 * @param amount              yen for refund and capture (1..99,999,999,999), 0 for the others
 * @param reason              optional reason or capture order description (≤ 255)
 */
public record NewOperation(String merchantPaymentId, OperationKind kind, String merchantOperationId, long amount,
                           String reason) {

    public NewOperation {
        Check.merchantId("merchantPaymentId", merchantPaymentId);
        Check.required("kind", kind);
        if (kind.hasMerchantId()) {
            Check.merchantId("merchantOperationId", merchantOperationId);
        } else if (merchantOperationId != null) {
            throw new IllegalArgumentException("merchantOperationId must be null for " + kind);
        }
        if (kind.hasAmount()) {
            Check.amount("amount", amount);
        } else if (amount != 0) {
            throw new IllegalArgumentException("amount must be 0 for " + kind + " (got " + amount + ")");
        }
        Check.text("reason", reason);
    }

    public static NewOperation refund(String merchantPaymentId, String merchantRefundId, long amount, String reason) {
        return new NewOperation(merchantPaymentId, OperationKind.REFUND, merchantRefundId, amount, reason);
    }

    public static NewOperation capture(String merchantPaymentId, String merchantCaptureId, long amount,
                                       String orderDescription) {
        return new NewOperation(merchantPaymentId, OperationKind.CAPTURE, merchantCaptureId, amount, orderDescription);
    }

    public static NewOperation revert(String merchantPaymentId, String merchantRevertId, String reason) {
        return new NewOperation(merchantPaymentId, OperationKind.REVERT, merchantRevertId, 0, reason);
    }

    public static NewOperation cancel(String merchantPaymentId) {
        return new NewOperation(merchantPaymentId, OperationKind.CANCEL, null, 0, null);
    }

    public static NewOperation deleteCode(String merchantPaymentId) {
        return new NewOperation(merchantPaymentId, OperationKind.DELETE_CODE, null, 0, null);
    }
}
