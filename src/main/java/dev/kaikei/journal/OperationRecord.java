package dev.kaikei.journal;

import java.time.Instant;

/**
 * An operation on a payment as committed in the journal.
 *
 * @param id                  local id
 * @param paymentId           local id of the payment
 * @param merchantPaymentId   the payment's merchant-side id
 * @param kind                what it does
 * @param merchantOperationId merchantRefundId / merchantCaptureId / merchantRevertId, null for cancel and delete
 * @param amount              yen (0 when the kind has no amount)
 * @param reason              may be null
 * @param state               local state
 * @param paypayStatus        last status PayPay reported (e.g. refund CREATED / REFUNDED), may be null
 * @param resultCode          last PayPay result code (e.g. SUCCESS, ORDER_NOT_REVERSIBLE), may be null
 * @param createdAt           when the row was committed (before the request was sent)
 * @param updatedAt           last change
 * @param lastRequestId       X-REQUEST-ID of the last response, may be null
 */
public record OperationRecord(long id, long paymentId, String merchantPaymentId, OperationKind kind,
                              String merchantOperationId, long amount, String reason, OperationState state,
                              String paypayStatus, String resultCode, Instant createdAt, Instant updatedAt,
                              String lastRequestId) {
}
