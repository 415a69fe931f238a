package dev.kaikei.receipt;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A qualified invoice issuer's registration number (適格請求書発行事業者登録番号): {@code T} and 13 digits, the first of
 * which is the check digit of the other twelve, computed as for a corporate number (法人番号): for the digits P1..P12
 * counted from the right, check = 9 − (Σ Pn × Qn mod 9) with Qn = 1 for odd n and 2 for even n.
 */
public record RegistrationNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("T[0-9]{13}");

    public RegistrationNumber {
        problem(value).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
    }

    /**
     * Why {@code text} is not a registration number, or empty if it is one. Spaces and hyphens people type between
     * groups of digits are not accepted here: {@link #parse} removes them first.
     */
    public static Optional<String> problem(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            return Optional.of("a registration number is T followed by 13 digits (e.g. T1234567890123), not '"
                    + (text == null ? "" : text) + "'");
        }
        int expected = checkDigit(text.substring(2));
        if (text.charAt(1) - '0' != expected) {
            return Optional.of("registration number " + text + " has a wrong check digit (the first digit after T"
                    + " should be " + expected + "): check it against the notice from the tax office");
        }
        return Optional.empty();
    }

    /** Reads a number as typed: spaces, hyphens and full-width characters are allowed, a lower-case t too. */
    public static RegistrationNumber parse(String typed) {
        String text = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFKC)
                .replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return new RegistrationNumber(text);
    }

    /** The check digit of twelve base digits (most significant first). */
    static int checkDigit(String twelveDigits) {
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            int digit = twelveDigits.charAt(12 - n) - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }

    @Override
    public String toString() {
        return value;
    }
}
