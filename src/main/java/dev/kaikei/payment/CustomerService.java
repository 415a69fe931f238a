package dev.kaikei.payment;

import java.util.List;
import java.util.Optional;

/**
 * Linked customers: PayPay account link, direct-debit charges and unlink. Every method may call PayPay on the caller's
 * thread: call them off the UI thread. Refunds, cancels, captures and reverts of the resulting payments are ordinary
 * {@link PaymentEngine} actions (History).
 */
public interface CustomerService {

    /** All customers from the journal, by reference (no PayPay call). */
    List<CustomerInfo> customers();

    /** Asks PayPay about every linked customer and marks those it reports inactive/invalid/expired as unlinked. */
    CustomerRefresh refreshStatuses();

    /**
     * Journals the customer LINKING with a fresh nonce, then opens PayPay's account-link session (scope direct_debit).
     * Restarting the link of a customer still LINKING abandons the earlier request.
     */
    LinkOutcome linkCustomer(String reference, Optional<String> phone);

    /**
     * Completes a link with PayPay's {@code responseToken} (the bare token or the whole redirect URL containing
     * {@code ?responseToken=}): signature, expiry, issuer, audience, nonce and result are checked before anything is
     * stored.
     */
    LinkOutcome completeLink(String responseTokenOrRedirectUrl);

    /**
     * Charges a linked customer under a new merchant payment id. Without {@code agreeSimilar} a payment PayPay thinks is
     * a duplicate comes back {@link CustomerCharge.NeedsConfirmation}; only after the cashier confirms, call again with
     * {@code agreeSimilar = true}.
     */
    CustomerCharge chargeCustomer(String reference, long amountYen, String description, boolean agreeSimilar);

    /** As {@link #chargeCustomer}, but only authorizes the amount (capture or revert it from History). */
    CustomerCharge preAuthorizeCustomer(String reference, long amountYen, String description, boolean agreeSimilar);

    /** Removes the customer's link at PayPay and marks them unlinked (a pending link is just abandoned). */
    ActionResult unlink(String reference);
}
