package dev.kaikei.till;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The till as the screen shows it.
 *
 * @param open          whether a session is open
 * @param salesDay      the business day sales belong to now
 * @param openedAt      when the open session was opened
 * @param openingFloat  its float (0 when closed)
 * @param expectedCash  what the drawer should hold now
 * @param dayClosed     set when the last close's day is today or later: the cashier is told
 * @param reportLines   the X report (点検) of the open session as text, empty when closed
 */
public record TillOverview(boolean open, LocalDate salesDay, Optional<Instant> openedAt, long openingFloat,
                           long expectedCash, Optional<DayClosed> dayClosed, List<String> reportLines) {

    public TillOverview {
        reportLines = List.copyOf(reportLines);
    }
}
