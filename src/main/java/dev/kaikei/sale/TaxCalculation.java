package dev.kaikei.sale;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Works out a sale's per-rate totals: the lines' amounts are summed per rate first, and the tax of each rate is then
 * rounded once, as the invoice rules require (rounding line by line would drift by a yen per line).
 */
final class TaxCalculation {

    private TaxCalculation() {
    }

    static SaleTotals of(List<SaleLine> lines, ServiceMode mode, TaxPolicy policy) {
        Map<TaxRate, Long> amounts = new EnumMap<>(TaxRate.class);
        for (SaleLine line : lines) {
            amounts.merge(line.rateIn(mode), line.amount(), Math::addExact);
        }
        List<RateTotal> rates = new ArrayList<>();
        long total = 0;
        for (Map.Entry<TaxRate, Long> e : amounts.entrySet()) {
            RateTotal r = rateTotal(e.getKey(), e.getValue(), policy);
            rates.add(r);
            total = Math.addExact(total, r.gross());
        }
        return new SaleTotals(rates, total);
    }

    /** One rate's total from the sum of its lines as priced (gross if inclusive, net if exclusive). */
    static RateTotal rateTotal(TaxRate rate, long priced, TaxPolicy policy) {
        long p = rate.percent();
        if (policy.pricing() == TaxPricing.INCLUSIVE) {
            // tax = gross × r / (100 + r): the tax part contained in a tax-inclusive price.
            long tax = policy.rounding().divide(Math.multiplyExact(priced, p), 100 + p);
            return new RateTotal(rate, priced, priced - tax, tax);
        }
        long tax = policy.rounding().divide(Math.multiplyExact(priced, p), 100);
        return new RateTotal(rate, Math.addExact(priced, tax), priced, tax);
    }
}
