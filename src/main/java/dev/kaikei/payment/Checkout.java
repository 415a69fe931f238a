package dev.kaikei.payment;

import java.util.function.Consumer;

/** A running QR checkout. All methods return at once; the work happens on the engine's threads. */
public interface Checkout {

    String merchantPaymentId();

    /** The latest snapshot. */
    CheckoutStatus status();

    /**
     * Calls {@code listener} with the current status now and after every change, on an engine thread (never the
     * caller's UI thread: marshal as needed). Closing the returned handle stops the calls.
     */
    AutoCloseable subscribe(Consumer<CheckoutStatus> listener);

    /**
     * The cashier cancels: delete the code, then poll once more, because the customer may have paid in between
     * (then the checkout ends {@link CheckoutPhase#PAID}, not {@link CheckoutPhase#ABANDONED}).
     */
    void abandon();
}
