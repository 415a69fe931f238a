package dev.kaikei.sale;

import java.util.Objects;

/** The store's tax settings a sale is priced under: inclusive or exclusive prices, and the rounding direction. */
public record TaxPolicy(TaxPricing pricing, TaxRounding rounding) {

    /** Tax-inclusive prices, tax rounded down: what most Japanese shops use. */
    public static final TaxPolicy DEFAULT = new TaxPolicy(TaxPricing.INCLUSIVE, TaxRounding.DOWN);

    public TaxPolicy {
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(rounding, "rounding");
    }
}
