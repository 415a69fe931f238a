package dev.kaikei.till;

import dev.kaikei.journal.CashCountRecord;
import dev.kaikei.journal.TillFigures;
import dev.kaikei.journal.TillSessionRecord;
import java.util.Optional;

/**
 * A 点検: the open session's figures now, and the count kept if the drawer was counted.
 *
 * @param count the kept count with its over/short, when counted
 */
public record TillCheck(TillSessionRecord session, TillFigures figures, Optional<CashCountRecord> count) {
}
