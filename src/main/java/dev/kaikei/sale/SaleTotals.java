package dev.kaikei.sale;

import java.util.List;
import java.util.Optional;

/**
 * A sale's totals per tax rate (in the order 10%, 8%, non-taxable; rates without lines left out) and the amount to
 * charge, which is always the sum of the rates' gross totals.
 */
public record SaleTotals(List<RateTotal> rates, long total) {

    public SaleTotals {
        rates = List.copyOf(rates);
        long sum = 0;
        for (RateTotal r : rates) {
            sum += r.gross();
        }
        if (sum != total) {
            throw new IllegalArgumentException("the rates add up to " + sum + ", not to the total " + total);
        }
        if (rates.stream().map(RateTotal::rate).distinct().count() != rates.size()) {
            throw new IllegalArgumentException("one total per rate: " + rates);
        }
    }

    /** All the consumption tax of the sale. */
    public long tax() {
        return rates.stream().mapToLong(RateTotal::tax).sum();
    }

    /** The part at one rate, if the sale has lines at it. */
    public Optional<RateTotal> at(TaxRate rate) {
        return rates.stream().filter(r -> r.rate() == rate).findFirst();
    }

    /** True if some line is at the reduced rate (the receipt then prints the ※ legend). */
    public boolean hasReducedRate() {
        return at(TaxRate.REDUCED_8).isPresent();
    }
}
