package dev.kaikei.journal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The journal's local state of a payment. Non-final states are what the reconciler must drive to an end; states that
 * {@linkplain #needsAttention() need attention} are shown to a person whatever their age.
 */
public enum PaymentState {
    /** Row committed, the create request not yet answered (a crash here leaves an outcome to resolve). */
    CREATING(false, false, false),
    /** The QR code exists and is shown; the customer has not paid yet. */
    AWAITING_PAYMENT(false, false, false),
    /** A request's outcome is unknown (timeout, 5xx, reset): must be resolved by query or cancel. */
    UNKNOWN(false, true, false),
    /** Pre-auth payment authorized; waits for a capture or a revert. */
    AUTHORIZED(false, false, false),
    /** The money was taken (for a pre-auth: captured; see capturedAmount). Refunds and cancels are operations. */
    COMPLETED(true, false, true),
    /** Declined or definitively rejected by PayPay: no money moved. */
    FAILED(true, false, false),
    /** The QR code expired unpaid and was deleted. */
    EXPIRED(true, false, false),
    /** The cashier abandoned the sale before the customer paid; the code was deleted. */
    ABANDONED(true, false, false),
    /** Cancel accepted after payment (PayPay status FAILED): the money goes back to the customer. */
    CANCELED(true, false, true),
    /** Some of the amount was refunded. */
    PARTIALLY_REFUNDED(true, false, true),
    /** The whole amount was refunded. */
    REFUNDED(true, false, true),
    /** A pre-auth authorization was reverted (released) without capture. */
    REVERTED(true, false, false);

    private final boolean isFinal;
    private final boolean needsAttention;
    private final boolean paid;

    PaymentState(boolean isFinal, boolean needsAttention, boolean paid) {
        this.isFinal = isFinal;
        this.needsAttention = needsAttention;
        this.paid = paid;
    }

    /** Final states are never polled again by the reconciler (refunds of a completed payment are operations). */
    public boolean isFinal() {
        return isFinal;
    }

    /** True if a person must look at every payment in this state, whatever its age. */
    public boolean needsAttention() {
        return needsAttention;
    }

    /** True if the customer's money was taken at some point (the payment counts as a sale, even if later returned). */
    public boolean wasPaid() {
        return paid;
    }

    public static Set<PaymentState> nonFinal() {
        EnumSet<PaymentState> set = EnumSet.noneOf(PaymentState.class);
        Arrays.stream(values()).filter(s -> !s.isFinal).forEach(set::add);
        return set;
    }
}
