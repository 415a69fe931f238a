package dev.kaikei.receipt;

import java.util.Locale;

/** Whether a receipt prints by itself when a sale is paid ({@code printer.autoPrint}). */
public enum AutoPrint {
    /** Always print: the sale's receipt when paid, the return receipt after a refund or cancel. */
    ALWAYS,
    /** Ask the cashier: Print / PDF / No receipt. */
    ASK,
    /** Never print by itself; the cashier can still print from History. */
    NEVER;

    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException unless it is always, ask or never
     */
    public static AutoPrint parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("auto print is '" + value + "'; allowed: always | ask | never", e);
        }
    }
}
