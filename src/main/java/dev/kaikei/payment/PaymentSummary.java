package dev.kaikei.payment;

import java.time.Instant;

/**
 * One line of recent history as the cashier sees it.
 *
 * @param merchantPaymentId the id the payment was journaled under
 * @param amountYen         the amount
 * @param description       the order description, possibly empty
 * @param state             the journal state (e.g. a {@link CheckoutPhase} name such as {@code PAID})
 * @param createdAt         when the checkout started
 */
public record PaymentSummary(String merchantPaymentId, long amountYen, String description, String state,
                             Instant createdAt) {
}
