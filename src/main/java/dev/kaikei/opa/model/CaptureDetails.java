package dev.kaikei.opa.model;

/** One capture of a pre-authorized payment, inside {@link PaymentDetails#captures()}. */
public record CaptureDetails(
        CaptureStatus status,
        Long acceptedAt,
        String merchantCaptureId,
        MoneyAmount amount,
        String orderDescription,
        Long requestedAt,
        Long expiresAt) {
}
