package dev.kaikei.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the command line prints yen and times: ¥1,200; times in the business time zone (Asia/Tokyo). */
final class Money {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Money() {
    }

    static String yen(long yen) {
        return String.format(Locale.ROOT, "¥%,d", yen);
    }

    /** ¥1,200 or -¥1,200 (a refund or a shortage). */
    static String signed(long yen) {
        return yen < 0 ? "-" + yen(-yen) : yen(yen);
    }

    static String time(Instant instant) {
        return TIME.format(instant.atZone(TOKYO));
    }
}
