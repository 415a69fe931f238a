package dev.kaikei.sale;

import java.util.ArrayList;
import java.util.List;

/**
 * How a split sale's tenders share its tax rates: the cash part takes its amount in proportion to each rate (as
 * {@link RefundAllocation} shares an amount, the odd yen to the largest remainders) and PayPay has what is left, rate
 * by rate and tax too, so the two always add up to the sale's own totals. A sale paid one way has it all on that side.
 *
 * @param cash   the cash part per rate (empty when no cash)
 * @param paypay the PayPay part per rate (empty when no PayPay)
 */
public record TenderShares(SaleTotals cash, SaleTotals paypay) {

    /**
     * @param totals   the sale's totals as journaled
     * @param cash     yen of it paid in cash, 0..total
     * @param rounding the store's rounding, for the tax of the cash part
     */
    public static TenderShares of(SaleTotals totals, long cash, TaxRounding rounding) {
        if (cash < 0 || cash > totals.total()) {
            throw new IllegalArgumentException("the cash part must be ¥0..¥" + totals.total() + " (got " + cash + ")");
        }
        SaleTotals none = new SaleTotals(List.of(), 0);
        if (cash == 0) {
            return new TenderShares(none, totals);
        }
        SaleTotals cashPart = RefundAllocation.allocate(totals, cash, rounding);
        List<RateTotal> rest = new ArrayList<>();
        for (RateTotal whole : totals.rates()) {
            RateTotal part = cashPart.at(whole.rate()).orElse(new RateTotal(whole.rate(), 0, 0, 0));
            long gross = whole.gross() - part.gross();
            if (gross > 0) {
                // The rest's tax is the sale's tax less the cash part's, never below nothing nor above its gross.
                long tax = Math.max(0, Math.min(whole.tax() - part.tax(), whole.rate() == TaxRate.NONE ? 0 : gross));
                rest.add(new RateTotal(whole.rate(), gross, gross - tax, tax));
            }
        }
        return new TenderShares(cashPart, new SaleTotals(rest, totals.total() - cash));
    }

    /** {@code yen} of one side shared over that side's rates (a partial refund of it). */
    public static SaleTotals part(SaleTotals side, long yen, TaxRounding rounding) {
        return RefundAllocation.allocate(side, Math.min(yen, side.total()), rounding);
    }
}
