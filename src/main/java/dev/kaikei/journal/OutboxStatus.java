package dev.kaikei.journal;

import java.time.Instant;
import java.util.Optional;

/**
 * How far HQ sync has come.
 *
 * @param waiting      changes not yet acknowledged by HQ
 * @param ackedSeq     the highest sequence number HQ acknowledged
 * @param lastSeq      the highest sequence number ever given (0 before the first change)
 * @param lastSyncedAt when HQ last acknowledged a push, empty if never
 */
public record OutboxStatus(long waiting, long ackedSeq, long lastSeq, Optional<Instant> lastSyncedAt) {
}
