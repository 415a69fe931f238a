package dev.kaikei.journal;

import java.util.regex.Pattern;

/** Input checks shared by the journal's records: each failure names the field, and happens before anything is written. */
final class Check {

    /** PayPay's limit for merchant-side ids: ≤ 64 of a-z A-Z 0-9 - _. */
    private static final Pattern MERCHANT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** PayPay's amounts are integers of at most 11 digits. */
    static final long MAX_AMOUNT = 99_999_999_999L;
    static final int MAX_TEXT = 255;

    private Check() {
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static String merchantId(String field, String value) {
        required(field, value);
        if (!MERCHANT_ID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be 1-64 characters of a-z A-Z 0-9 - _ (got "
                    + value.length() + " characters: '" + abbreviate(value) + "')");
        }
        return value;
    }

    static long amount(String field, long value) {
        if (value <= 0 || value > MAX_AMOUNT) {
            throw new IllegalArgumentException(field + " must be between 1 and " + MAX_AMOUNT + " yen (got " + value + ")");
        }
        return value;
    }

    static long notNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative (got " + value + ")");
        }
        return value;
    }

    /** Optional text: null allowed, otherwise at most {@code max} characters. */
    static String text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters (got " + value.length() + ")");
        }
        return value;
    }

    static String text(String field, String value) {
        return text(field, value, MAX_TEXT);
    }

    static String requiredText(String field, String value) {
        required(field, value);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return text(field, value);
    }

    private static String abbreviate(String value) {
        return value.length() <= 70 ? value : value.substring(0, 67) + "...";
    }
}
