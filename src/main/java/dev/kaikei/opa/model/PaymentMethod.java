package dev.kaikei.opa.model;

/** How (part of) a payment was funded: WALLET, PAY_LATER_CC, CREDIT_CARD, POINT, ... */
public record PaymentMethod(MoneyAmount amount, String type) {
}
