package dev.kaikei.ui.settings;

import java.time.Instant;
import java.util.Optional;

/**
 * What Settings shows of HQ sync.
 *
 * @param lastSyncedAt when HQ last acknowledged a push, empty if never
 * @param waiting      changes not yet at HQ
 * @param failing      the last push did not reach HQ (it retries by itself)
 */
public record HqSyncSummary(Optional<Instant> lastSyncedAt, long waiting, boolean failing) {
}
