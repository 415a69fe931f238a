package dev.kaikei.ui.common;

import java.util.Locale;

/** Formats whole-yen amounts: {@code ¥1,200} for displays, {@code 1,200円} inside Japanese sentences. */
public final class Yen {

    private Yen() {
    }

    /** {@code ¥1,200}: the amount display used on both screens in both languages. */
    public static String format(long yen) {
        return (yen < 0 ? "-¥" : "¥") + digits(Math.abs(yen));
    }

    /** {@code 1,200円}: how an amount reads inside Japanese text. */
    public static String formatJapanese(long yen) {
        return (yen < 0 ? "-" : "") + digits(Math.abs(yen)) + "円";
    }

    /** The natural form inside running text of the given language. */
    public static String inText(long yen, Locale locale) {
        return "ja".equals(locale.getLanguage()) ? formatJapanese(yen) : format(yen);
    }

    private static String digits(long yen) {
        return String.format(Locale.ROOT, "%,d", yen);
    }
}
