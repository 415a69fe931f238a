package dev.kaikei.payment;

/**
 * The answer to starting or completing an account link: the link QR to show, the linked customer, or a refusal with
 * its {@link LinkProblem} (nothing was stored as linked).
 */
public sealed interface LinkOutcome permits LinkOutcome.Started, LinkOutcome.Linked, LinkOutcome.Refused {

    /** A short human-readable explanation. */
    String message();

    /** The customer is journaled LINKING; show {@code linkUrl} as a QR for them to scan with the PayPay app. */
    record Started(CustomerInfo customer, String linkUrl, String message) implements LinkOutcome {
    }

    /** The token was valid: the customer is LINKED and can be charged. */
    record Linked(CustomerInfo customer, String message) implements LinkOutcome {
    }

    /** Refused; nothing was linked. */
    record Refused(LinkProblem problem, String message) implements LinkOutcome {
    }
}
