package dev.kaikei.payment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Makes merchant-side ids (payment, refund, capture, revert) that are unique per merchant forever, as PayPay requires
 * even after a cancel or expiry: terminal id + a kind letter + Tokyo time to the second + 10 random base-32
 * characters (50 bits), at most 16 + 1 + 1 + 1 + 12 + 1 + 10 = 42 characters of {@code A-Z a-z 0-9 - _}.
 * The time part makes ids sort and read well in PayPay's reconciliation file; the random part keeps two attempts in
 * the same second (or a clock set back) apart.
 */
public final class MerchantIds {

    /** What an id is for; the letter is part of the id so a support person can tell them apart at a glance. */
    public enum Kind {
        PAYMENT('P'), REFUND('R'), CAPTURE('C'), REVERT('V');

        private final char letter;

        Kind(char letter) {
            this.letter = letter;
        }
    }

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final char[] BASE32 = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss");

    private final String terminalId;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public MerchantIds(String terminalId, Clock clock) {
        if (!VALID.matcher(terminalId).matches() || terminalId.length() > 16) {
            throw new IllegalArgumentException("terminal id must be 1-16 characters of a-z A-Z 0-9 - _");
        }
        this.terminalId = terminalId;
        this.clock = Objects.requireNonNull(clock);
    }

    public String next(Kind kind) {
        StringBuilder sb = new StringBuilder(48)
                .append(terminalId).append('-').append(kind.letter).append('-')
                .append(TIME.format(clock.instant().atZone(CancelWindow.TOKYO))).append('-');
        for (int i = 0; i < 10; i++) {
            sb.append(BASE32[random.nextInt(BASE32.length)]);
        }
        return sb.toString();
    }

    /** Whether {@code id} satisfies PayPay's rule for merchant-side ids. */
    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
