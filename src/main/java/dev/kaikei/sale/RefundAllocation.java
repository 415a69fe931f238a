package dev.kaikei.sale;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a refund over a sale's tax rates for the return receipt (返還インボイス), which must show the refunded total
 * and tax per rate. PayPay refunds an amount, not lines, so a partial refund is shared out in proportion to each
 * rate's total (largest remainders get the odd yen); a full refund returns the sale's own totals unchanged.
 */
public final class RefundAllocation {

    private RefundAllocation() {
    }

    /**
     * The refunded totals per rate.
     *
     * @param sold     the sale's totals as journaled
     * @param refund   yen refunded, 1..{@code sold.total()}
     * @param rounding how the refunded tax of each rate is rounded (the store's setting)
     * @throws IllegalArgumentException if the refund is not within the sale's total
     */
    public static SaleTotals allocate(SaleTotals sold, long refund, TaxRounding rounding) {
        if (refund < 1 || refund > sold.total()) {
            throw new IllegalArgumentException("a refund must be ¥1..¥" + sold.total() + " (got " + refund + ")");
        }
        if (refund == sold.total()) {
            return sold;
        }
        List<Share> shares = new ArrayList<>();
        long given = 0;
        for (RateTotal r : sold.rates()) {
            // refund × gross / total as quotient and remainder; the product of two 11-digit amounts needs BigInteger.
            BigInteger[] qr = BigInteger.valueOf(refund).multiply(BigInteger.valueOf(r.gross()))
                    .divideAndRemainder(BigInteger.valueOf(sold.total()));
            shares.add(new Share(r, qr[0].longValueExact(), qr[1].longValueExact()));
            given += qr[0].longValueExact();
        }
        List<Share> byRemainder = new ArrayList<>(shares);
        byRemainder.sort(Comparator.comparingLong(Share::rest).reversed()
                .thenComparing(s -> s.sold.rate().ordinal()));
        for (int i = 0; given < refund; i++, given++) {
            byRemainder.get(i % byRemainder.size()).yen++;
        }
        List<RateTotal> rates = new ArrayList<>();
        for (Share s : shares) {
            if (s.yen > 0) {
                TaxRate rate = s.sold.rate();
                long tax = rounding.divide(s.yen * rate.percent(), 100L + rate.percent());
                rates.add(new RateTotal(rate, s.yen, s.yen - tax, tax));
            }
        }
        return new SaleTotals(rates, refund);
    }

    private static final class Share {
        final RateTotal sold;
        final long rest;
        long yen;

        Share(RateTotal sold, long yen, long rest) {
            this.sold = sold;
            this.yen = yen;
            this.rest = rest;
        }

        long rest() {
            return rest;
        }
    }
}
