package dev.kaikei.sync.wire;

/**
 * A till session (one business day of the drawer) as HQ sees it.
 *
 * @param businessDate  its business day, yyyy-MM-dd (one session per day on a till)
 * @param state         open, or closed with a Z report
 * @param openingFloat  yen of change in the drawer at the start
 * @param openedAt      epoch ms
 * @param closedAt      epoch ms, null while open
 * @param zNumber       the Z report's number, null while open
 * @param countedCash   yen counted at the close, null while open
 * @param expectedCash  yen the drawer should have held at the close, null while open
 */
public record SyncedTillSession(String businessDate, State state, long openingFloat, long openedAt, Long closedAt,
                                Integer zNumber, Long countedCash, Long expectedCash) {

    /** The till's state of a session, by the journal's names. */
    public enum State {
        OPEN, CLOSED
    }
}
