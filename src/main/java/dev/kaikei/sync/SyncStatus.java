package dev.kaikei.sync;

import java.time.Instant;
import java.util.Optional;

/**
 * What Settings and {@code kaikei sync} show: "HQ: last synced 10:42, 0 waiting".
 *
 * @param state        where sync stands
 * @param lastSyncedAt when HQ last acknowledged a push (kept in the journal, so it survives restarts)
 * @param waiting      changes not yet acknowledged
 * @param problem      the last failure in words (never the token), empty when the last push worked
 */
public record SyncStatus(SyncState state, Optional<Instant> lastSyncedAt, long waiting, Optional<String> problem) {
}
