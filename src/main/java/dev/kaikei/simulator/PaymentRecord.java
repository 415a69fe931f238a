package dev.kaikei.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * One order as PayPay keeps it — a dynamic-QR order, a native payment or a pre-authorization — with its refunds,
 * captures and revert. Mutable; only {@link PaymentBook} touches it, always under its lock.
 */
final class PaymentRecord {

    enum Kind { QR, NATIVE, PREAUTH }

    final Kind kind;
    final String merchantPaymentId;
    final long amount;
    final boolean authorization;
    final Long requestedAt;
    final String storeId;
    final String terminalId;
    final String orderDescription;
    final String orderReceiptNumber;
    final String userAuthorizationId;

    // Dynamic QR code (kind QR only).
    String codeId;
    long codeExpiryDate;
    boolean codeDeleted;

    String paymentId;
    PaymentStatus status = PaymentStatus.CREATED;
    Long acceptedAt;
    Long authorizedAt;
    Long expiresAt;
    Long authorizationExpiry;
    Long canceledAt;
    /** A cancel arrived before the customer paid: when the payment happens it ends FAILED (money returned). */
    boolean cancelHeld;
    final List<RefundRecord> refunds = new ArrayList<>();
    /** Completed captures. */
    final List<CaptureRecord> captures = new ArrayList<>();
    /** A capture above the confirmation limit, waiting for the customer (the order is REAUTHORIZING meanwhile). */
    CaptureRecord pendingCapture;
    /** Until when the customer can confirm {@link #pendingCapture} (epoch seconds). */
    long pendingCaptureExpiresAt;
    RevertRecord revert;

    PaymentRecord(Kind kind, String merchantPaymentId, long amount, boolean authorization, Long requestedAt,
                  String storeId, String terminalId, String orderDescription, String orderReceiptNumber,
                  String userAuthorizationId) {
        this.kind = kind;
        this.merchantPaymentId = merchantPaymentId;
        this.amount = amount;
        this.authorization = authorization;
        this.requestedAt = requestedAt;
        this.storeId = storeId;
        this.terminalId = terminalId;
        this.orderDescription = orderDescription;
        this.orderReceiptNumber = orderReceiptNumber;
        this.userAuthorizationId = userAuthorizationId;
    }

    /**
     * Applies the transitions that happen by time alone: a capture the customer did not confirm in time lapses (the
     * authorization stands as before), an unused authorization expires.
     */
    void refresh(long now) {
        if (status == PaymentStatus.REAUTHORIZING && now > pendingCaptureExpiresAt) {
            pendingCapture = null;
            status = PaymentStatus.AUTHORIZED;
        }
        if (status == PaymentStatus.AUTHORIZED && expiresAt != null && now > expiresAt) {
            status = PaymentStatus.EXPIRED;
        }
    }

    /** The amount the customer was finally charged: the captured amount of a pre-auth, else the order amount. */
    long paidAmount() {
        return captures.isEmpty() ? amount : captures.stream().mapToLong(CaptureRecord::amount).sum();
    }

    long refundedAmount() {
        return refunds.stream().mapToLong(RefundRecord::amount).sum();
    }

    boolean codeExpired(long now) {
        return now > codeExpiryDate;
    }
}
