package dev.kaikei.payment;

import java.util.List;

/** Starts QR checkouts. Each call journals a new merchant payment id before anything is sent to PayPay. */
public interface CheckoutService {

    /**
     * Starts a checkout and returns at once; the QR arrives through {@link Checkout#subscribe}.
     *
     * @throws IllegalArgumentException if the request breaks a PayPay field rule (nothing is journaled or sent)
     */
    Checkout start(ChargeRequest request);

    /**
     * This terminal's earlier checkouts whose outcome is still open (the customer may have paid one): a new checkout
     * meanwhile should be confirmed by the cashier. Newest first; reads the journal (call off the UI thread).
     */
    default List<PaymentSummary> unresolvedCheckouts() {
        return List.of();
    }
}
