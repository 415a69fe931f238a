package dev.kaikei.opa.model;

/** A refund as PayPay reports it (POST /v2/refunds, GET /v2/refunds/{id}, and inside a payment). */
public record RefundDetails(
        RefundStatus status,
        Long acceptedAt,
        String merchantRefundId,
        String paymentId,
        MoneyAmount amount,
        Long requestedAt,
        String reason) {
}
