package dev.kaikei.journal;

/**
 * The drawer's movements of a till session.
 *
 * @param sales   cash sales (their cash part, change given back)
 * @param refunds cash paid back for returned cash sales
 * @param paidIn  cash put in for another reason
 * @param paidOut cash taken out for another reason
 * @param noSales drawer openings without a sale
 */
public record CashFigures(Tally sales, Tally refunds, Tally paidIn, Tally paidOut, int noSales) {

    /** What the movements add to the float. */
    public long movement() {
        return sales.yen() - refunds.yen() + paidIn.yen() - paidOut.yen();
    }
}
