package dev.kaikei.ui.common;

import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;

/** Switches the cashier between screens; implemented by the main window so view models never see a stage. */
public interface Navigator {

    /** Shows a running checkout; {@code request} is kept so the cashier can ask for a new code. */
    void showCheckout(Checkout checkout, ChargeRequest request);

    /** Back to the amount keypad. */
    void showCharge();
}
