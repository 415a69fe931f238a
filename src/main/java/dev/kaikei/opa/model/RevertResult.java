package dev.kaikei.opa.model;

/** A reverted authorization: the response of the revert call and the {@code revert} object of a payment. */
public record RevertResult(
        PaymentStatus status,
        Long acceptedAt,
        String merchantRevertId,
        String paymentId,
        Long requestedAt,
        String reason) {
}
