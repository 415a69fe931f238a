package dev.kaikei.sync.wire;

import java.util.List;

/**
 * One push of a till: its waiting changes in sequence order. Pushing the same batch twice changes nothing at HQ.
 *
 * @param changes at most {@link #MAX_CHANGES}, sequence numbers ascending, and at most {@link #MAX_BYTES} as JSON
 */
public record SyncBatch(List<SyncChange> changes) {

    /** The most changes one batch may carry. */
    public static final int MAX_CHANGES = 500;
    /**
     * The largest request body HQ reads. 500 changes of today's bounded fields fit several times over; a till sends
     * fewer changes per push rather than more bytes.
     */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
}
