package dev.kaikei.sale;

/** How (part of) a sale was paid. */
public enum TenderKind {
    PAYPAY,
    CASH
}
