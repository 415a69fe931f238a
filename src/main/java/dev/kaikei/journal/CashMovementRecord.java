package dev.kaikei.journal;

import java.time.Instant;

/** Cash that went into or out of the drawer, in its session; {@code amount} is signed (out is negative). */
public record CashMovementRecord(long id, long sessionId, CashMovementKind kind, long amount, String reason,
                                 String reference, Instant createdAt) {
}
