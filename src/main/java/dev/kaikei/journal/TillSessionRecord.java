package dev.kaikei.journal;

import java.time.Instant;

/**
 * A till session: one business day of the drawer, from the previous close to its own.
 *
 * @param id           local id
 * @param day          the business day it belongs to (one session per day)
 * @param state        open or closed
 * @param openingFloat the change in the drawer at the start
 * @param openedAt     when it was opened (explicitly, or by the first cash movement after a close)
 * @param periodStart  where its period begins: the previous session's close, or the start of its day for the first
 * @param closedAt     when it was closed, null while open
 */
public record TillSessionRecord(long id, BusinessDay day, TillState state, long openingFloat, Instant openedAt,
                                Instant periodStart, Instant closedAt) {
}
