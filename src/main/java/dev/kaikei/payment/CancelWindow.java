package dev.kaikei.payment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * PayPay's cancel rule: a payment can be cancelled until 00:14:59 (Asia/Tokyo) on the day after it was accepted;
 * after that only a refund gives the money back.
 */
public final class CancelWindow {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalTime LAST_CANCEL = LocalTime.of(0, 14, 59);
    /** No new cancel this close to the deadline. */
    public static final Duration MARGIN = Duration.ofSeconds(60);

    private CancelWindow() {
    }

    /** The last instant (inclusive, to the second) at which a payment accepted at {@code acceptedAt} can be cancelled. */
    public static Instant deadline(Instant acceptedAt) {
        ZonedDateTime accepted = acceptedAt.atZone(TOKYO);
        return accepted.toLocalDate().plusDays(1).atTime(LAST_CANCEL).atZone(TOKYO).toInstant().plusMillis(999);
    }

    public static boolean isOpen(Instant acceptedAt, Instant now) {
        return !now.isAfter(deadline(acceptedAt));
    }

    /**
     * Whether a new cancel may still be offered: not in the last {@link #MARGIN} before the deadline, where a cancel
     * could reach PayPay after the window closed (and its answer be lost); a refund is always safe instead.
     */
    public static boolean offerable(Instant acceptedAt, Instant now) {
        return now.isBefore(deadline(acceptedAt).minus(MARGIN));
    }
}
