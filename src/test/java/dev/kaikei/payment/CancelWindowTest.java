package dev.kaikei.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CancelWindowTest {

    @ParameterizedTest(name = "accepted {0}, now {1} -> open={2}")
    @CsvSource({
            "2026-11-27T10:00:00+09:00, 2026-11-27T23:59:59+09:00, true",
            "2026-11-27T10:00:00+09:00, 2026-11-28T00:14:59+09:00, true",
            "2026-11-27T10:00:00+09:00, 2026-11-28T00:15:00+09:00, false",
            "2026-11-27T23:59:59+09:00, 2026-11-28T00:14:59+09:00, true",
            "2026-11-28T00:05:00+09:00, 2026-11-28T00:20:00+09:00, true",
            "2026-11-28T00:05:00+09:00, 2026-11-29T00:14:59+09:00, true",
            "2026-11-28T00:05:00+09:00, 2026-11-29T00:15:00+09:00, false",
            // A UTC evening is already the next Tokyo day.
            "2026-11-27T16:00:00Z,      2026-11-29T00:14:00+09:00, true",
            "2026-11-27T14:59:00Z,      2026-11-29T00:14:00+09:00, false"})
    void deadlineIsQuarterPastMidnightTokyoNextDay(String accepted, String now, boolean open) {
        Instant a = OffsetDateTime.parse(accepted).toInstant();
        Instant n = OffsetDateTime.parse(now).toInstant();
        assertThat(CancelWindow.isOpen(a, n)).isEqualTo(open);
    }

    @ParameterizedTest(name = "accepted {0}, now {1} -> a cancel may be offered: {2}")
    @CsvSource({
            "2026-11-27T10:00:00+09:00, 2026-11-28T00:13:58+09:00, true",
            "2026-11-27T10:00:00+09:00, 2026-11-28T00:13:59.999+09:00, false",
            "2026-11-27T10:00:00+09:00, 2026-11-28T00:14:30+09:00, false"})
    @DisplayName("no new cancel in the last 60 s of the window: a refund instead")
    void noCancelInTheLastMinute(String accepted, String now, boolean offerable) {
        Instant a = OffsetDateTime.parse(accepted).toInstant();
        Instant n = OffsetDateTime.parse(now).toInstant();
        assertThat(CancelWindow.offerable(a, n)).isEqualTo(offerable);
    }
}
