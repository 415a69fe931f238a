package dev.kaikei.sale;

/** How the store's prices are written: tax included (内税, the default) or tax added on top (外税). */
public enum TaxPricing {
    INCLUSIVE,
    EXCLUSIVE
}
