package dev.kaikei.payment;

/**
 * The result of one attempt to settle a payment: resolved (with the phase the cashier sees) or still open (with why,
 * and whether PayPay could not be reached).
 */
record Outcome(boolean resolved, CheckoutPhase phase, String detail, boolean offline) {

    static Outcome done(CheckoutPhase phase, String detail) {
        return new Outcome(true, phase, detail, false);
    }

    static Outcome open(String detail) {
        return new Outcome(false, CheckoutPhase.RESOLVING, detail, false);
    }

    static Outcome offline(String detail) {
        return new Outcome(false, CheckoutPhase.RESOLVING, detail, true);
    }
}
