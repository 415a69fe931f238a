package dev.kaikei.payment;

import java.util.List;

/**
 * The answer to a direct-debit charge (or pre-authorization) of a linked customer. Only {@link Paid} and
 * {@link Authorized} took money; {@link Pending} may have: it is being resolved, never charge again meanwhile.
 */
public sealed interface CustomerCharge permits CustomerCharge.Paid, CustomerCharge.Authorized,
        CustomerCharge.NeedsConfirmation, CustomerCharge.Declined, CustomerCharge.Pending, CustomerCharge.Unresolved,
        CustomerCharge.Refused {

    /** A short human-readable explanation. */
    String message();

    /** PayPay took the money. */
    record Paid(String merchantPaymentId, String paymentId, long amountYen, String message)
            implements CustomerCharge {
    }

    /** PayPay authorized the amount; capture or revert it from History. */
    record Authorized(String merchantPaymentId, String paymentId, long amountYen, String message)
            implements CustomerCharge {
    }

    /**
     * PayPay suspects a duplicate (a similar payment was just made): nothing was charged. Ask the cashier, and only on
     * yes charge again with {@code agreeSimilar = true} (a new merchant id is used). {@code recent} are this
     * customer's latest payments from the journal, newest first, for the cashier to compare.
     */
    record NeedsConfirmation(String merchantPaymentId, String message, List<PaymentSummary> recent)
            implements CustomerCharge {

        public NeedsConfirmation {
            recent = List.copyOf(recent);
        }
    }

    /**
     * PayPay said no (or the outcome was resolved as "nothing charged"). {@code customerUnlinked} is true when PayPay
     * reported the link invalid or expired: the customer is now marked unlinked.
     */
    record Declined(String merchantPaymentId, String code, String message, boolean customerUnlinked)
            implements CustomerCharge {
    }

    /** PayPay did not answer: the outcome is being resolved in the background (see History / Needs attention). */
    record Pending(String merchantPaymentId, String message) implements CustomerCharge {
    }

    /**
     * Not sent: an earlier charge of this customer may have gone through and is still being checked with PayPay (or is
     * being sent right now). Charging again could take the money twice; wait until it is resolved.
     */
    record Unresolved(List<PaymentSummary> unresolved, String message) implements CustomerCharge {

        public Unresolved {
            unresolved = List.copyOf(unresolved);
        }
    }

    /** Refused before anything was sent (unknown or unlinked customer, bad amount). */
    record Refused(String message) implements CustomerCharge {
    }
}
