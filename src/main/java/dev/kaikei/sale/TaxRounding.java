package dev.kaikei.sale;

/**
 * How a rate's tax is rounded to the yen, a store's choice: down (切り捨て, the common one), half up (四捨五入) or up
 * (切り上げ). Applied once per rate per receipt, never per line (消費税法施行令 70条の10).
 */
public enum TaxRounding {
    DOWN,
    HALF_UP,
    UP;

    /**
     * {@code numerator / denominator} rounded to a whole yen in this direction.
     *
     * @param numerator   not negative
     * @param denominator positive
     */
    public long divide(long numerator, long denominator) {
        if (numerator < 0 || denominator <= 0) {
            throw new IllegalArgumentException("cannot round " + numerator + "/" + denominator);
        }
        long quotient = numerator / denominator;
        long remainder = numerator % denominator;
        return switch (this) {
            case DOWN -> quotient;
            case UP -> remainder == 0 ? quotient : quotient + 1;
            // 2r ≥ d  ⇔  r/d ≥ 0.5; remainder < denominator ≤ a few hundred, so 2r cannot overflow.
            case HALF_UP -> 2 * remainder >= denominator ? quotient + 1 : quotient;
        };
    }
}
