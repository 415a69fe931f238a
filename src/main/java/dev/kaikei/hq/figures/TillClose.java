package dev.kaikei.hq.figures;

import dev.kaikei.sync.wire.SyncedTillSession;
import java.time.LocalDate;

/**
 * One till session (a business day of a drawer) as its till last pushed it.
 *
 * @param zNumber      the Z report's number, null while open
 * @param countedCash  yen counted at the close, null while open
 * @param expectedCash yen the drawer should have held, null while open
 */
public record TillClose(String storeId, String terminalId, LocalDate businessDay, SyncedTillSession.State state,
                        Integer zNumber, Long countedCash, Long expectedCash) {

    /** Counted minus expected (positive over, negative short), null while open. */
    public Long overShort() {
        return countedCash == null || expectedCash == null ? null : countedCash - expectedCash;
    }
}
