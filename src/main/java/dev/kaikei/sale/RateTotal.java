package dev.kaikei.sale;

import java.util.Objects;

/**
 * One tax rate's part of a sale, as a qualified invoice prints it: the total at that rate with tax ({@code gross}),
 * without it ({@code net}) and the tax, rounded once for the whole rate. Always {@code net + tax == gross}.
 *
 * @param rate  10%, 8% or none
 * @param gross the rate's total including tax (the 「10%対象」 figure of a tax-inclusive receipt)
 * @param net   the rate's total excluding tax
 * @param tax   the consumption tax of the rate (0 for non-taxable)
 */
public record RateTotal(TaxRate rate, long gross, long net, long tax) {

    public RateTotal {
        Objects.requireNonNull(rate, "rate");
        if (gross < 0 || net < 0 || tax < 0 || net + tax != gross) {
            throw new IllegalArgumentException("a rate total needs net + tax = gross, all ≥ 0 (got " + net + " + "
                    + tax + " vs " + gross + ")");
        }
        if (rate == TaxRate.NONE && tax != 0) {
            throw new IllegalArgumentException("non-taxable goods carry no tax (got " + tax + ")");
        }
    }
}
