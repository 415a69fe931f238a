package dev.kaikei.sale;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the tax arithmetic over random sales: everything adds up to the charged amount, to the yen. */
class TaxPropertiesTest {

    @Property(tries = 2000)
    @Label("per-rate totals and tax add up to the charged amount")
    void ratesAddUp(@ForAll("sales") Sale sale) {
        SaleTotals t = sale.totals();
        long gross = 0;
        long netPlusTax = 0;
        for (RateTotal r : t.rates()) {
            assertThat(r.net() + r.tax()).isEqualTo(r.gross());
            gross += r.gross();
            netPlusTax += r.net() + r.tax();
        }
        assertThat(gross).isEqualTo(t.total());
        assertThat(netPlusTax).isEqualTo(t.total());
        long priced = sale.lines().stream().mapToLong(SaleLine::amount).sum();
        if (sale.policy().pricing() == TaxPricing.INCLUSIVE) {
            assertThat(t.total()).isEqualTo(priced);
        } else {
            assertThat(t.total()).isEqualTo(priced + t.tax());
        }
    }

    @Property(tries = 2000)
    @Label("each rate's total is the sum of its lines, and its tax the rate's exact tax rounded once as set")
    void eachRateIsItsLinesRoundedOnce(@ForAll("sales") Sale sale) {
        for (RateTotal r : sale.totals().rates()) {
            long priced = sale.lines().stream().filter(l -> l.rateIn(sale.serviceMode()) == r.rate())
                    .mapToLong(SaleLine::amount).sum();
            long p = r.rate().percent();
            boolean inclusive = sale.policy().pricing() == TaxPricing.INCLUSIVE;
            assertThat(inclusive ? r.gross() : r.net()).isEqualTo(priced);
            // exact tax = num / den; compare tax × den with num instead of dividing.
            BigInteger num = BigInteger.valueOf(priced).multiply(BigInteger.valueOf(p));
            BigInteger den = BigInteger.valueOf(inclusive ? 100 + p : 100);
            BigInteger scaled = BigInteger.valueOf(r.tax()).multiply(den);
            switch (sale.policy().rounding()) {
                case DOWN -> assertThat(scaled.compareTo(num) <= 0 && scaled.add(den).compareTo(num) > 0).isTrue();
                case UP -> assertThat(scaled.compareTo(num) >= 0 && scaled.subtract(den).compareTo(num) < 0).isTrue();
                case HALF_UP -> {
                    // |2·tax·den − 2·num| ≤ den, with an exact half going up.
                    BigInteger diff = scaled.shiftLeft(1).subtract(num.shiftLeft(1));
                    assertThat(diff.abs().compareTo(den) <= 0).isTrue();
                    if (diff.abs().equals(den)) {
                        assertThat(diff.signum()).isPositive();
                    }
                }
                default -> throw new AssertionError(sale.policy().rounding());
            }
        }
    }

    @Property(tries = 1000)
    @Label("the order of the lines and splitting a line into pieces never change the totals")
    void orderAndSplittingDoNotMatter(@ForAll("sales") Sale sale, @ForAll long seed) {
        List<SaleLine> pieces = new ArrayList<>();
        for (SaleLine l : sale.lines()) {
            for (int i = 0; i < Math.min(l.quantity(), 3) - 1; i++) {
                pieces.add(l.withQuantity(1));
            }
            pieces.add(l.withQuantity(l.quantity() - Math.min(l.quantity(), 3) + 1));
        }
        Collections.shuffle(pieces, new Random(seed));
        Sale reordered = new Sale(pieces, sale.serviceMode(), sale.policy());
        assertThat(reordered.totals()).isEqualTo(sale.totals());
    }

    @Property(tries = 1000)
    @Label("eat-in leaves nothing at 8%; inclusive prices charge the same, exclusive ones at most a yen more taken out")
    void serviceModeSwitch(@ForAll("sales") Sale sale) {
        Sale eatIn = sale.withServiceMode(ServiceMode.EAT_IN);
        Sale takeOut = sale.withServiceMode(ServiceMode.TAKE_OUT);
        assertThat(eatIn.totals().at(TaxRate.REDUCED_8)).isEmpty();
        assertThat(takeOut.totals().at(TaxRate.REDUCED_8).isPresent())
                .isEqualTo(sale.lines().stream().anyMatch(l -> l.category() == TaxCategory.REDUCED));
        if (sale.policy().pricing() == TaxPricing.INCLUSIVE) {
            assertThat(eatIn.total()).isEqualTo(takeOut.total());
        } else {
            // Food taxed at 8% instead of 10% costs less, except that two rates round twice: rounding up (or half up)
            // can then add one yen over the single eat-in rate, never more.
            assertThat(eatIn.total()).isGreaterThanOrEqualTo(takeOut.total() - 1);
            if (sale.policy().rounding() == TaxRounding.DOWN) {
                assertThat(eatIn.total()).isGreaterThanOrEqualTo(takeOut.total());
            }
        }
    }

    @Property(tries = 1000)
    @Label("a refund shared over the rates adds up to the refund, stays within each rate, and a full one is the sale")
    void refundAllocation(@ForAll("sales") Sale sale, @ForAll double share, @ForAll TaxRounding rounding) {
        SaleTotals sold = sale.totals();
        net.jqwik.api.Assume.that(sold.total() >= 1);
        long refund = Math.max(1, Math.min(sold.total(), Math.round(sold.total() * Math.abs(share % 1.0))));
        SaleTotals back = RefundAllocation.allocate(sold, refund, rounding);
        assertThat(back.total()).isEqualTo(refund);
        assertThat(back.rates().stream().mapToLong(RateTotal::gross).sum()).isEqualTo(refund);
        for (RateTotal r : back.rates()) {
            assertThat(r.gross()).isLessThanOrEqualTo(sold.at(r.rate()).orElseThrow().gross());
        }
        assertThat(RefundAllocation.allocate(sold, sold.total(), rounding)).isEqualTo(sold);
    }

    @Provide
    Arbitrary<Sale> sales() {
        // 30 lines x 20 pieces x ¥100,000,000, plus 10% tax on top, stays under Sale.MAX_TOTAL: every sale is valid.
        Arbitrary<Long> prices = Arbitraries.oneOf(Arbitraries.longs().between(0, 2_000),
                Arbitraries.longs().between(0, 5_000_000), Arbitraries.longs().between(0, 100_000_000L));
        Arbitrary<SaleLine> lines = Combinators.combine(Arbitraries.of("Latte", "弁当", "Bag", "切手"), prices,
                        Arbitraries.integers().between(1, 20), Arbitraries.of(TaxCategory.class))
                .as((name, price, qty, category) -> new SaleLine(name, name, price, qty, category));
        return Combinators.combine(lines.list().ofMinSize(1).ofMaxSize(30), Arbitraries.of(ServiceMode.class),
                        Arbitraries.of(TaxPricing.class), Arbitraries.of(TaxRounding.class))
                .as((l, mode, pricing, rounding) -> new Sale(l, mode, new TaxPolicy(pricing, rounding)));
    }
}
