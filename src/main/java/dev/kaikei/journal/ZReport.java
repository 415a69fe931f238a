package dev.kaikei.journal;

import java.time.Instant;

/**
 * The Z report of a close (精算), numbered and frozen as it was printed.
 *
 * @param number      Z number: 1, 2, 3 … per journal, never reused
 * @param session     the session it closed
 * @param closedAt    when
 * @param figures     the session's figures over its period
 * @param countedCash the drawer as counted
 * @param nextFloat   the change left in the drawer for the next day; the rest is taken out
 */
public record ZReport(int number, TillSessionRecord session, Instant closedAt, TillFigures figures, long countedCash,
                      long nextFloat) {

    /** Counted minus expected: positive over, negative short. */
    public long overShort() {
        return countedCash - figures.expectedCash();
    }

    /** The cash taken out of the drawer at the close (売上金). */
    public long takings() {
        return countedCash - nextFloat;
    }
}
