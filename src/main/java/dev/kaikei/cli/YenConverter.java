package dev.kaikei.cli;

import dev.kaikei.payment.ChargeRequest;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Parses an amount in yen strictly: digits only, ¥1 to ¥99,999,999,999 (PayPay's 11 digits). A typo such as
 * {@code 1.5}, {@code 12a} or {@code ¥1,200} is refused rather than guessed at, because the amount is money.
 */
final class YenConverter implements CommandLine.ITypeConverter<Long> {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    @Override
    public Long convert(String value) {
        String v = value.strip();
        if (!DIGITS.matcher(v).matches()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not an amount in yen: use digits only,"
                    + " e.g. 1200 (no ¥, commas, decimals or sign)");
        }
        String significant = v.replaceFirst("^0+(?=.)", "");
        if (significant.length() > 11 || Long.parseLong(significant) > ChargeRequest.MAX_AMOUNT) {
            throw new CommandLine.TypeConversionException("'" + value + "' is too large: at most "
                    + Money.yen(ChargeRequest.MAX_AMOUNT) + " (11 digits)");
        }
        long yen = Long.parseLong(significant);
        if (yen < 1) {
            throw new CommandLine.TypeConversionException("the amount must be at least ¥1 (got " + value + ")");
        }
        return yen;
    }
}
