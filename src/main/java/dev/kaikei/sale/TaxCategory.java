package dev.kaikei.sale;

/**
 * What kind of goods an item is for consumption tax. Food and drink ({@link #REDUCED}) is taxed at 8% when taken away
 * and at 10% when eaten in, so its rate depends on the sale's {@link ServiceMode}; the others never change.
 */
public enum TaxCategory {
    /** Standard-rate goods and services: always 10%. */
    STANDARD,
    /** Food and drink (飲食料品): 8% taken out, 10% eaten in. */
    REDUCED,
    /** Not taxed (非課税 / 不課税), e.g. stamps or gift vouchers: 0%. */
    NON_TAXABLE;

    /** The rate this category is taxed at in a sale of the given mode. */
    public TaxRate rateIn(ServiceMode mode) {
        return switch (this) {
            case STANDARD -> TaxRate.STANDARD_10;
            case REDUCED -> mode == ServiceMode.EAT_IN ? TaxRate.STANDARD_10 : TaxRate.REDUCED_8;
            case NON_TAXABLE -> TaxRate.NONE;
        };
    }

    /**
     * The category of an item registered at a rate (10, 8 or 0, as on the command line): 8 means food and drink, which
     * eat-in moves to 10%.
     *
     * @throws IllegalArgumentException unless it is 10, 8 or 0
     */
    public static TaxCategory ofRate(int percent) {
        return switch (TaxRate.ofPercent(percent)) {
            case STANDARD_10 -> STANDARD;
            case REDUCED_8 -> REDUCED;
            case NONE -> NON_TAXABLE;
        };
    }
}
