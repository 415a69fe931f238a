package dev.kaikei.opa.model;

/**
 * Body of {@code POST /v2/refunds}. Re-sending the same merchantRefundId returns the earlier result, so a timed-out
 * refund is retried with the same id. A null requestedAt is filled from the client's clock.
 */
public record RefundRequest(String merchantRefundId, String paymentId, MoneyAmount amount, Long requestedAt,
                            String reason) implements Timestamped<RefundRequest> {

    public static RefundRequest of(String merchantRefundId, String paymentId, MoneyAmount amount, String reason) {
        return new RefundRequest(merchantRefundId, paymentId, amount, null, reason);
    }

    @Override
    public RefundRequest withRequestedAt(long epochSecond) {
        return new RefundRequest(merchantRefundId, paymentId, amount, epochSecond, reason);
    }
}
