package dev.kaikei.journal;

/**
 * The drawer's movements of a till session.
 *
 * @param sales   cash sales (their cash part, change given back): cash-only sales of the period, and split sales
 *                whose PayPay part PayPay confirmed
 * @param refunds cash paid back for returned cash sales
 * @param paidIn  cash put in for another reason
 * @param paidOut cash taken out for another reason
 * @param noSales drawer openings without a sale
 * @param held    cash of split sales whose PayPay part is not confirmed yet: kept apart from the drawer until PayPay
 *                answers (then it is a sale, or goes back to the customer), so not in the expected cash
 */
public record CashFigures(Tally sales, Tally refunds, Tally paidIn, Tally paidOut, int noSales, Tally held) {

    /** What the movements add to the float. */
    public long movement() {
        return sales.yen() - refunds.yen() + paidIn.yen() - paidOut.yen();
    }
}
