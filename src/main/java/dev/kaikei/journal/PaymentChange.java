package dev.kaikei.journal;

import java.time.Instant;

/**
 * What to change on a payment in one transition; null fields are left as they are. Build it fluently:
 * {@code PaymentChange.to(AWAITING_PAYMENT).withCode(codeId, url, deeplink, expiry).withRequestId(id)}.
 *
 * @param state           new local state, or null to keep it
 * @param paypayStatus    PayPay's status string as last reported
 * @param paypayPaymentId PayPay's paymentId
 * @param codeId          QR code id
 * @param qrUrl           QR url
 * @param deeplink        QR deeplink
 * @param expiresAt       server-side expiry
 * @param acceptedAt      when PayPay accepted the payment
 * @param lastRequestId   X-REQUEST-ID of the response that caused this change
 * @param attentionSet    whether to replace the attention note (with {@code attention}, null clears it)
 * @param attention       why a person must look at it
 */
public record PaymentChange(PaymentState state, String paypayStatus, String paypayPaymentId, String codeId,
                            String qrUrl, String deeplink, Instant expiresAt, Instant acceptedAt, String lastRequestId,
                            boolean attentionSet, String attention) {

    public PaymentChange {
        Check.text("paypayStatus", paypayStatus, 64);
        Check.text("paypayPaymentId", paypayPaymentId, 64);
        Check.text("codeId", codeId);
        Check.text("qrUrl", qrUrl, 2048);
        Check.text("deeplink", deeplink, 2048);
        Check.text("lastRequestId", lastRequestId, 64);
        Check.text("attention", attention);
    }

    /** A change that moves the payment to {@code state}. */
    public static PaymentChange to(PaymentState state) {
        return new PaymentChange(Check.required("state", state), null, null, null, null, null, null, null, null,
                false, null);
    }

    /** A change that keeps the state (e.g. only records the last PayPay status or request id). */
    public static PaymentChange keepState() {
        return new PaymentChange(null, null, null, null, null, null, null, null, null, false, null);
    }

    public PaymentChange withPaypayStatus(String status) {
        return new PaymentChange(state, status, paypayPaymentId, codeId, qrUrl, deeplink, expiresAt, acceptedAt,
                lastRequestId, attentionSet, attention);
    }

    public PaymentChange withPaypayPaymentId(String id) {
        return new PaymentChange(state, paypayStatus, id, codeId, qrUrl, deeplink, expiresAt, acceptedAt,
                lastRequestId, attentionSet, attention);
    }

    /** Records the created QR code: its id (to delete it), url, deeplink and server expiry. */
    public PaymentChange withCode(String newCodeId, String url, String link, Instant expiry) {
        return new PaymentChange(state, paypayStatus, paypayPaymentId, newCodeId, url, link, expiry, acceptedAt,
                lastRequestId, attentionSet, attention);
    }

    public PaymentChange withExpiresAt(Instant expiry) {
        return new PaymentChange(state, paypayStatus, paypayPaymentId, codeId, qrUrl, deeplink, expiry, acceptedAt,
                lastRequestId, attentionSet, attention);
    }

    public PaymentChange withAcceptedAt(Instant accepted) {
        return new PaymentChange(state, paypayStatus, paypayPaymentId, codeId, qrUrl, deeplink, expiresAt, accepted,
                lastRequestId, attentionSet, attention);
    }

    public PaymentChange withRequestId(String requestId) {
        return new PaymentChange(state, paypayStatus, paypayPaymentId, codeId, qrUrl, deeplink, expiresAt, acceptedAt,
                requestId, attentionSet, attention);
    }

    /** Sets the attention note (why a person must look at it); {@code null} clears it. */
    public PaymentChange withAttention(String note) {
        return new PaymentChange(state, paypayStatus, paypayPaymentId, codeId, qrUrl, deeplink, expiresAt, acceptedAt,
                lastRequestId, true, note);
    }
}
