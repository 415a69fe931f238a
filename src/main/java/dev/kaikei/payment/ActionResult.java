package dev.kaikei.payment;

/**
 * The answer to a payment action (cancel, refund, capture, revert): done, refused (nothing was sent or PayPay said no;
 * nothing happened), or pending (accepted or unknown; the engine follows it up until PayPay confirms).
 */
public sealed interface ActionResult permits ActionResult.Done, ActionResult.Refused, ActionResult.Pending {

    /** A short human-readable explanation. */
    String message();

    /** PayPay confirmed it. {@code merchantOperationId} is the refund/capture/revert id (null for a cancel). */
    record Done(String merchantOperationId, String message) implements ActionResult {
    }

    /** It did not happen, with the reason to show. */
    record Refused(String message) implements ActionResult {
    }

    /** Sent, but not confirmed yet (accepted, or the answer was lost): never retry it yourself. */
    record Pending(String merchantOperationId, String message) implements ActionResult {
    }
}
