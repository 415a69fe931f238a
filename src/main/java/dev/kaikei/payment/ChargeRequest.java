package dev.kaikei.payment;

/**
 * What the cashier asked for: an amount in yen, an optional description shown in the customer's PayPay app, and
 * whether to only authorize (pre-auth, captured later) instead of taking the money now.
 */
public record ChargeRequest(long amountYen, String description, boolean preAuthorize) {

    /** PayPay takes amounts of at most 11 digits. */
    public static final long MAX_AMOUNT = 99_999_999_999L;
    public static final int MAX_DESCRIPTION = 255;

    public ChargeRequest {
        if (amountYen <= 0) {
            throw new IllegalArgumentException("amount must be at least ¥1 (got " + amountYen + ")");
        }
        if (amountYen > MAX_AMOUNT) {
            throw new IllegalArgumentException("amount must be at most 11 digits (got " + amountYen + ")");
        }
        description = description == null ? "" : description.strip();
        if (description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description must be at most " + MAX_DESCRIPTION
                    + " characters (got " + description.length() + ")");
        }
    }

    public static ChargeRequest of(long amountYen) {
        return new ChargeRequest(amountYen, "", false);
    }
}
