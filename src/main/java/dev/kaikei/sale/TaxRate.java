package dev.kaikei.sale;

/**
 * A consumption-tax rate applied to a line of a sale: the standard 10%, the reduced 8% (food and drink taken away) or
 * none (non-taxable). Receipts mark reduced-rate lines with ※ and print one total and one tax per rate.
 */
public enum TaxRate {
    STANDARD_10(10),
    REDUCED_8(8),
    NONE(0);

    private final int percent;

    TaxRate(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    /** True for the reduced rate, the one an invoice must mark (※). */
    public boolean isReduced() {
        return this == REDUCED_8;
    }

    /**
     * The rate of a percent as written on a receipt or a command line.
     *
     * @throws IllegalArgumentException unless it is 10, 8 or 0
     */
    public static TaxRate ofPercent(int percent) {
        for (TaxRate r : values()) {
            if (r.percent == percent) {
                return r;
            }
        }
        throw new IllegalArgumentException("tax rate must be 10, 8 or 0 (%), not " + percent);
    }
}
