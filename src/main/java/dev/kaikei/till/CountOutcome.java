package dev.kaikei.till;

import java.util.List;

/**
 * A counted 点検 as the screen shows it.
 *
 * @param overShort   counted minus expected: positive over, negative short
 * @param reportLines the X report with the count
 */
public record CountOutcome(long expected, long counted, long overShort, List<String> reportLines) {

    public CountOutcome {
        reportLines = List.copyOf(reportLines);
    }
}
