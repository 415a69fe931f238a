package dev.kaikei.opa.model;

/** Body of {@code POST /v2/payments/preauthorize/revert}. A null requestedAt is filled from the client's clock. */
public record RevertRequest(String merchantRevertId, String paymentId, Long requestedAt, String reason)
        implements Timestamped<RevertRequest> {

    public static RevertRequest of(String merchantRevertId, String paymentId, String reason) {
        return new RevertRequest(merchantRevertId, paymentId, null, reason);
    }

    @Override
    public RevertRequest withRequestedAt(long epochSecond) {
        return new RevertRequest(merchantRevertId, paymentId, epochSecond, reason);
    }
}
