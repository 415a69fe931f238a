package dev.kaikei.sale;

import java.util.Locale;

/** Yen as receipts and screens print it: {@code ¥1,234} (no decimals; JPY has none). */
public final class Yen {

    private Yen() {
    }

    public static String format(long yen) {
        return (yen < 0 ? "-¥" : "¥") + String.format(Locale.ROOT, "%,d", Math.abs(yen));
    }
}
