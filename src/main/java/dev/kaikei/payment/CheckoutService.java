package dev.kaikei.payment;

/** Starts QR checkouts. Each call journals a new merchant payment id before anything is sent to PayPay. */
public interface CheckoutService {

    /**
     * Starts a checkout and returns at once; the QR arrives through {@link Checkout#subscribe}.
     *
     * @throws IllegalArgumentException if the request breaks a PayPay field rule (nothing is journaled or sent)
     */
    Checkout start(ChargeRequest request);
}
