package dev.kaikei.till;

import dev.kaikei.journal.TillFigures;
import dev.kaikei.journal.TillSessionRecord;
import java.util.Optional;

/**
 * The till as it stands: the open session and its figures until now, or none; and, when the last close's day is
 * today or later, the notice that sales now belong to the next day.
 */
public record TillStatus(Optional<TillSessionRecord> session, Optional<TillFigures> figures,
                         Optional<DayClosed> dayClosed) {

    public boolean isOpen() {
        return session.isPresent();
    }
}
