package dev.kaikei.journal;

/**
 * PayPay's part of a till session: payments accepted in the session's period, those of them cancelled since,
 * refunds that succeeded in the period, and payments still open.
 */
public record PayPayFigures(Tally sales, Tally cancels, Tally refunds, int unresolved) {

    public long net() {
        return sales.yen() - cancels.yen() - refunds.yen();
    }
}
