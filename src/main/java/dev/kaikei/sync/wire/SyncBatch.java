package dev.kaikei.sync.wire;

import java.util.List;

/**
 * One push of a till: its waiting changes in sequence order. Pushing the same batch twice changes nothing at HQ.
 *
 * @param changes at most {@link #MAX_CHANGES}, sequence numbers ascending
 */
public record SyncBatch(List<SyncChange> changes) {

    /** The most changes one batch may carry. */
    public static final int MAX_CHANGES = 500;
}
