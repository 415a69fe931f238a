package dev.kaikei.journal;

import java.time.Instant;

/**
 * A till session's figures for its period [{@code from}, {@code to}): the float, the drawer's movements and PayPay's
 * part, and so the cash the drawer should hold.
 */
public record TillFigures(Instant from, Instant to, long openingFloat, CashFigures cash, PayPayFigures paypay) {

    /** Float plus cash sales and paid-ins, minus cash refunds and paid-outs. */
    public long expectedCash() {
        return openingFloat + cash.movement();
    }
}
