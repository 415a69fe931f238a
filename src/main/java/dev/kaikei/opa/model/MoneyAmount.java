package dev.kaikei.opa.model;

/** PayPay's amount object: whole yen and the currency (only {@code JPY} exists). */
public record MoneyAmount(long amount, String currency) {

    public static final String JPY = "JPY";

    public static MoneyAmount yen(long amount) {
        return new MoneyAmount(amount, JPY);
    }
}
