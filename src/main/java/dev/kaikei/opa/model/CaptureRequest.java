package dev.kaikei.opa.model;

/**
 * Body of {@code POST /v2/payments/capture}; orderDescription is required by PayPay. On timeout PayPay says to retry
 * with a different merchantCaptureId. A null requestedAt is filled from the client's clock.
 */
public record CaptureRequest(String merchantPaymentId, String merchantCaptureId, MoneyAmount amount,
                             Long requestedAt, String orderDescription) implements Timestamped<CaptureRequest> {

    public static CaptureRequest of(String merchantPaymentId, String merchantCaptureId, MoneyAmount amount,
                                    String orderDescription) {
        return new CaptureRequest(merchantPaymentId, merchantCaptureId, amount, null, orderDescription);
    }

    @Override
    public CaptureRequest withRequestedAt(long epochSecond) {
        return new CaptureRequest(merchantPaymentId, merchantCaptureId, amount, epochSecond, orderDescription);
    }
}
