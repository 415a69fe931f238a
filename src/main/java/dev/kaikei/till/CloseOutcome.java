package dev.kaikei.till;

import java.time.LocalDate;
import java.util.List;

/**
 * A 精算 as the screen shows it.
 *
 * @param zNumber     the Z report's number
 * @param closedDay   the business day closed
 * @param overShort   counted minus expected: positive over, negative short
 * @param nextFloat   left in the drawer for the next day
 * @param takings     the cash to take out
 * @param reportLines the Z report as text (screen and printer)
 */
public record CloseOutcome(int zNumber, LocalDate closedDay, long overShort, long nextFloat, long takings,
                           List<String> reportLines) {

    public CloseOutcome {
        reportLines = List.copyOf(reportLines);
    }
}
