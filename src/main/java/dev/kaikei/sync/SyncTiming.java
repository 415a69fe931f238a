package dev.kaikei.sync;

import java.time.Duration;

/**
 * How the pusher paces itself.
 *
 * @param batchSize    changes per push (HQ takes at most 500)
 * @param timeout      connect and read timeout of one push
 * @param heartbeat    an idle till still pushes (an empty batch) this often, so HQ can tell silent tills apart
 * @param firstBackoff the wait after a first failure, doubled after each further one (with jitter)
 * @param maxBackoff   the longest wait between tries
 */
public record SyncTiming(int batchSize, Duration timeout, Duration heartbeat, Duration firstBackoff,
                         Duration maxBackoff) {

    public static SyncTiming defaults() {
        return new SyncTiming(500, Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofSeconds(1),
                Duration.ofMinutes(5));
    }

    public SyncTiming withBackoff(Duration first, Duration max) {
        return new SyncTiming(batchSize, timeout, heartbeat, first, max);
    }

    public SyncTiming withHeartbeat(Duration every) {
        return new SyncTiming(batchSize, timeout, every, firstBackoff, maxBackoff);
    }

    public SyncTiming withBatchSize(int size) {
        return new SyncTiming(size, timeout, heartbeat, firstBackoff, maxBackoff);
    }

    public SyncTiming withTimeout(Duration perPush) {
        return new SyncTiming(batchSize, perPush, heartbeat, firstBackoff, maxBackoff);
    }
}
