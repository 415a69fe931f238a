package dev.kaikei.receipt;

import java.util.Locale;

/** A receipt's number: the terminal and its place in that terminal's sequence, printed as {@code T1-000123}. */
public record ReceiptNumber(String terminalId, long number) {

    public ReceiptNumber {
        if (number < 1) {
            throw new IllegalArgumentException("receipt numbers start at 1");
        }
    }

    /** The sequence number with six digits at least: {@code 000123}. */
    public String digits() {
        return String.format(Locale.ROOT, "%06d", number);
    }

    @Override
    public String toString() {
        return terminalId + "-" + digits();
    }
}
