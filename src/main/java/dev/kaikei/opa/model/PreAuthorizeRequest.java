package dev.kaikei.opa.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** Body of {@code POST /v2/payments/preauthorize}: a payment body plus the authorization's {@code expiresAt}. */
public record PreAuthorizeRequest(@JsonUnwrapped CreatePaymentRequest payment, Long expiresAt)
        implements Timestamped<PreAuthorizeRequest> {

    @Override
    @JsonIgnore
    public Long requestedAt() {
        return payment == null ? null : payment.requestedAt();
    }

    @Override
    public PreAuthorizeRequest withRequestedAt(long epochSecond) {
        return new PreAuthorizeRequest(payment.withRequestedAt(epochSecond), expiresAt);
    }
}
