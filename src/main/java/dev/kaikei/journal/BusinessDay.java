package dev.kaikei.journal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A shop's business day: a calendar date in Asia/Tokyo, covering the instants [start, end). Times are stored as UTC
 * epoch; this is the only place that turns them into days.
 */
public record BusinessDay(LocalDate date) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    public BusinessDay {
        Objects.requireNonNull(date, "date");
    }

    public static BusinessDay of(Instant instant) {
        return new BusinessDay(LocalDate.ofInstant(instant, ZONE));
    }

    public static BusinessDay today(Clock clock) {
        return of(clock.instant());
    }

    /** The first instant of the day (00:00 JST). */
    public Instant start() {
        return date.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant after the day (00:00 JST of the next day), exclusive. */
    public Instant end() {
        return date.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    public BusinessDay next() {
        return new BusinessDay(date.plusDays(1));
    }

    public BusinessDay previous() {
        return new BusinessDay(date.minusDays(1));
    }
}
