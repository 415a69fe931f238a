package dev.kaikei.payment;

import java.time.Instant;
import java.util.Optional;

/**
 * One payment as the History screen lists it (a payment-package view of the journal row, so the UI never touches the
 * journal).
 *
 * @param state  the journal's state name (CREATING, AWAITING_PAYMENT, UNKNOWN, AUTHORIZED, COMPLETED, FAILED,
 *               EXPIRED, ABANDONED, CANCELED, PARTIALLY_REFUNDED, REFUNDED, REVERTED)
 * @param isFinal false while the engine or reconciler still has to settle it
 * @param saleAmount what counts as sold (captured amount for a pre-auth; 0 if never paid)
 */
public record PaymentSummary(String merchantPaymentId, Optional<String> paypayPaymentId, boolean preAuthorize,
                             long amountYen, String description, String state, boolean isFinal,
                             Optional<String> paypayStatus, Instant createdAt, Optional<Instant> acceptedAt,
                             long saleAmount, long refundedYen, long capturedYen, Optional<String> attention) {

    /** A summary with only what the cashier's recent-payments strip shows (the rest empty or zero). */
    public PaymentSummary(String merchantPaymentId, long amountYen, String description, String state,
                          Instant createdAt) {
        this(merchantPaymentId, Optional.empty(), false, amountYen, description, state, false, Optional.empty(),
                createdAt, Optional.empty(), 0, 0, 0, Optional.empty());
    }
}
