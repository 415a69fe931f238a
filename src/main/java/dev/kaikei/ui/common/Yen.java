package dev.kaikei.ui.common;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

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

    /**
     * Reads an amount typed by a person: digits with optional thousands commas, an optional leading ¥ or trailing 円,
     * at most 11 digits (PayPay's limit). Empty for anything else.
     */
    public static OptionalLong parse(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        String t = text.strip().replace("￥", "¥");
        if (!TYPED.matcher(t).matches()) {
            return OptionalLong.empty();
        }
        String digits = t.replaceAll("[^0-9]", "");
        return digits.isEmpty() || digits.length() > MAX_DIGITS ? OptionalLong.empty()
                : OptionalLong.of(Long.parseLong(digits));
    }

    private static final Pattern TYPED = Pattern.compile("¥?\\s*[0-9][0-9,]*\\s*円?");
    private static final int MAX_DIGITS = 11;

    private static String digits(long yen) {
        return String.format(Locale.ROOT, "%,d", yen);
    }
}
