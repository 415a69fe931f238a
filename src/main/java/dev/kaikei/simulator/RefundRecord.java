package dev.kaikei.simulator;

/** One refund as PayPay stores it; it reads {@code CREATED} until the processing delay has passed, then REFUNDED. */
record RefundRecord(String merchantRefundId, String paymentId, String merchantPaymentId, long amount, Long requestedAt,
                    String reason, long acceptedAt, long refundedAt) {

    String status(long now) {
        return now >= refundedAt ? "REFUNDED" : "CREATED";
    }
}
