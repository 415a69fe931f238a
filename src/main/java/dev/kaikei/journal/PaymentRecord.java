package dev.kaikei.journal;

import java.time.Instant;

/**
 * A payment as committed in the journal, with every key of PayPay's daily reconciliation file (merchantPaymentId,
 * paymentId, storeId, terminalId, amounts, statuses).
 *
 * @param id                  local id
 * @param merchantPaymentId   merchant-side id
 * @param kind                QR / native, pre-auth or not
 * @param amount              requested (or authorized) amount in yen
 * @param description         order description, may be null
 * @param storeId             may be null
 * @param terminalId          may be null
 * @param customerReference   shop's reference of the linked customer (native), may be null
 * @param userAuthorizationId linked PayPay user (native), may be null
 * @param codeId              QR code id from the create response (needed to delete it), may be null
 * @param qrUrl               QR url, may be null
 * @param deeplink            QR deeplink, may be null
 * @param expiresAt           server-side expiry of the code (or authorization), may be null
 * @param paypayPaymentId     PayPay's paymentId, null until known
 * @param state               local state
 * @param paypayStatus        last status PayPay reported (CREATED, COMPLETED, AUTHORIZED, FAILED, ...), may be null
 * @param acceptedAt          when PayPay accepted the payment, may be null
 * @param createdAt           when the row was committed (before the create request was sent)
 * @param updatedAt           last change
 * @param lastRequestId       X-REQUEST-ID of the last response, may be null
 * @param attention           why a person must look at it, null if nothing
 * @param refundedTotal       sum of succeeded refunds (maintained by the journal)
 * @param capturedAmount      sum of succeeded captures (maintained by the journal)
 */
public record PaymentRecord(long id, String merchantPaymentId, PaymentKind kind, long amount, String description,
                            String storeId, String terminalId, String customerReference, String userAuthorizationId,
                            String codeId, String qrUrl, String deeplink, Instant expiresAt, String paypayPaymentId,
                            PaymentState state, String paypayStatus, Instant acceptedAt, Instant createdAt,
                            Instant updatedAt, String lastRequestId, String attention, long refundedTotal,
                            long capturedAmount) {

    /** The amount that counts as sold: the captured amount for a pre-auth, the amount otherwise (if paid at all). */
    public long saleAmount() {
        if (!state.wasPaid()) {
            return 0;
        }
        return kind.isPreAuth() ? capturedAmount : amount;
    }

    /** The business day (Asia/Tokyo) the payment was started on. */
    public BusinessDay businessDay() {
        return BusinessDay.of(createdAt);
    }
}
