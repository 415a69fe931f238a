package dev.kaikei.payment;

import dev.kaikei.journal.PaymentState;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One payment as the History screen lists it (a payment-package view of the journal row, so the UI never reads the
 * journal). The state is the journal's own enum, so a screen or a test cannot name a state that does not exist.
 *
 * @param saleAmount what counts as sold (captured amount for a pre-auth; 0 if never paid)
 */
public record PaymentSummary(String merchantPaymentId, Optional<String> paypayPaymentId, boolean preAuthorize,
                             long amountYen, String description, PaymentState state, Instant createdAt,
                             Optional<Instant> acceptedAt, long saleAmount, long refundedYen, long capturedYen,
                             Optional<String> attention) {

    public PaymentSummary {
        Objects.requireNonNull(state, "state");
    }

    /** A summary with only what the cashier's recent-payments strip shows (the rest empty or zero). */
    public PaymentSummary(String merchantPaymentId, long amountYen, String description, PaymentState state,
                          Instant createdAt) {
        this(merchantPaymentId, Optional.empty(), false, amountYen, description, state, createdAt, Optional.empty(),
                0, 0, 0, Optional.empty());
    }

    /** False while the engine or reconciler still has to settle it. */
    public boolean isFinal() {
        return state.isFinal();
    }
}
