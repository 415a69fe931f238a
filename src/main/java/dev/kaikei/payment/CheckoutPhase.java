package dev.kaikei.payment;

/** Where one QR checkout stands, as the cashier and the customer see it. */
public enum CheckoutPhase {
    /** The journal row is committed and the code is being created at PayPay. */
    CREATING(false),
    /** The QR is on screen; the customer has not paid yet. */
    AWAITING_PAYMENT(false),
    /** PayPay confirmed {@code COMPLETED}: the money is taken. The only phase that may show "Paid". */
    PAID(true),
    /** PayPay confirmed {@code AUTHORIZED} for a pre-auth code: capture or revert later from History. */
    AUTHORIZED(true),
    /** The customer declined or PayPay failed the payment; no money taken. */
    DECLINED(true),
    /** The code expired unpaid and was deleted; a new code needs a new checkout. */
    EXPIRED(true),
    /** The cashier cancelled before the customer paid; the code was deleted. */
    ABANDONED(true),
    /** The outcome is not known yet (timeout, 5xx): being resolved by query or cancel. Never shown as failed. */
    RESOLVING(false),
    /** PayPay definitively refused to create the code (e.g. bad request); nothing was charged. */
    FAILED(true);

    private final boolean finished;

    CheckoutPhase(boolean finished) {
        this.finished = finished;
    }

    public boolean isFinished() {
        return finished;
    }
}
