package dev.kaikei.opa.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A payment as PayPay reports it (QR poll, native payment, capture). {@code refunds} and {@code captures} unwrap
 * PayPay's {@code {"data":[...]}} wrappers and are never null.
 */
public record PaymentDetails(
        String paymentId,
        PaymentStatus status,
        Long acceptedAt,
        Long authorizedAt,
        Long canceledAt,
        String merchantPaymentId,
        String userAuthorizationId,
        MoneyAmount amount,
        Long requestedAt,
        Long expiresAt,
        String storeId,
        String terminalId,
        String orderReceiptNumber,
        String orderDescription,
        List<RefundDetails> refunds,
        List<CaptureDetails> captures,
        RevertResult revert,
        List<PaymentMethod> paymentMethods) {

    public PaymentDetails {
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
        captures = captures == null ? List.of() : List.copyOf(captures);
        paymentMethods = paymentMethods == null ? List.of() : List.copyOf(paymentMethods);
    }

    /** PayPay's wire shape, where refunds and captures are wrapped in {@code {"data": [...]}}. */
    @JsonCreator
    static PaymentDetails fromJson(
            @JsonProperty("paymentId") String paymentId,
            @JsonProperty("status") PaymentStatus status,
            @JsonProperty("acceptedAt") Long acceptedAt,
            @JsonProperty("authorizedAt") Long authorizedAt,
            @JsonProperty("canceledAt") Long canceledAt,
            @JsonProperty("merchantPaymentId") String merchantPaymentId,
            @JsonProperty("userAuthorizationId") String userAuthorizationId,
            @JsonProperty("amount") MoneyAmount amount,
            @JsonProperty("requestedAt") Long requestedAt,
            @JsonProperty("expiresAt") Long expiresAt,
            @JsonProperty("storeId") String storeId,
            @JsonProperty("terminalId") String terminalId,
            @JsonProperty("orderReceiptNumber") String orderReceiptNumber,
            @JsonProperty("orderDescription") String orderDescription,
            @JsonProperty("refunds") Wrapped<RefundDetails> refunds,
            @JsonProperty("captures") Wrapped<CaptureDetails> captures,
            @JsonProperty("revert") RevertResult revert,
            @JsonProperty("paymentMethods") List<PaymentMethod> paymentMethods) {
        return new PaymentDetails(paymentId, status, acceptedAt, authorizedAt, canceledAt, merchantPaymentId,
                userAuthorizationId, amount, requestedAt, expiresAt, storeId, terminalId, orderReceiptNumber,
                orderDescription, Wrapped.unwrap(refunds), Wrapped.unwrap(captures), revert, paymentMethods);
    }

    /** PayPay's list wrapper. */
    record Wrapped<T>(List<T> data) {
        static <T> List<T> unwrap(Wrapped<T> wrapped) {
            return wrapped == null ? null : wrapped.data();
        }
    }
}
