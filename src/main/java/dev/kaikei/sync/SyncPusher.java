package dev.kaikei.sync;

import dev.kaikei.config.HqLink;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.OutboxEntry;
import dev.kaikei.journal.OutboxStatus;
import dev.kaikei.journal.Subscription;
import dev.kaikei.journal.SyncOutbox;
import dev.kaikei.sync.wire.SyncAck;
import dev.kaikei.sync.wire.SyncBatch;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the journal's outbox to HQ on its own thread: woken by every committed journal change, at least once per
 * heartbeat, with exponential backoff after failures. A sale never waits for it: the money path only commits to the
 * journal, whose triggers fill the outbox. Delivery is at least once; HQ is idempotent on (terminal, sequence).
 */
public final class SyncPusher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncPusher.class);
    /** The background thread pushes until the outbox is empty or HQ fails. */
    private static final long NO_DEADLINE = Long.MIN_VALUE;

    private final SyncOutbox outbox;
    private final SyncClient client;
    private final Journal journal;
    private final SyncTiming timing;
    private final Clock clock;
    private final ReentrantLock pushing = new ReentrantLock();
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final Object scheduleLock = new Object();
    private ScheduledExecutorService thread;
    private ScheduledFuture<?> next;
    private Subscription subscription;
    private volatile SyncState state = SyncState.STARTING;
    private volatile String problem;
    private int failures;
    /** System.nanoTime of the last answer from HQ; deadlines and pacing use the monotonic clock, not the wall. */
    private long lastContactNanos;
    private boolean contacted;

    public SyncPusher(Journal journal, HqLink link, SyncTiming timing, Clock clock) {
        this.journal = journal;
        this.outbox = journal.syncOutbox();
        this.client = new SyncClient(link, timing.timeout());
        this.timing = timing;
        this.clock = clock;
    }

    /** Starts pushing in the background (the cashier app). */
    public void start() {
        synchronized (scheduleLock) {
            if (thread != null) {
                return;
            }
            thread = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "kaikei-sync");
                t.setDaemon(true);
                return t;
            });
            subscription = journal.addListener(changes -> wake());
            schedule(Duration.ZERO);
        }
    }

    /** Pushes soon (a journal change happened); a waiting backoff is not cut short. */
    private void wake() {
        if (state != SyncState.RETRYING && state != SyncState.REFUSED) {
            schedule(Duration.ZERO);
        }
    }

    private void schedule(Duration delay) {
        synchronized (scheduleLock) {
            if (thread == null || thread.isShutdown()) {
                return;
            }
            if (next != null && !next.isDone()) {
                if (next.getDelay(TimeUnit.MILLISECONDS) <= delay.toMillis()) {
                    return;
                }
                next.cancel(false);
            }
            next = thread.schedule(this::backgroundRound, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void backgroundRound() {
        synchronized (scheduleLock) {
            // This round is running: whatever it schedules next must not be mistaken for "already scheduled".
            next = null;
        }
        try {
            boolean ok = pushAll(NO_DEADLINE, false);
            if (ok) {
                schedule(timing.heartbeat());
            } else {
                schedule(backoff());
            }
        } catch (RuntimeException e) {
            // The journal closing under us (shutdown) or a bug: never let the thread die silently.
            LOG.warn("HQ sync round failed: {}", e.toString());
            schedule(backoff());
        }
    }

    private Duration backoff() {
        long first = timing.firstBackoff().toMillis();
        long capped = Math.min(timing.maxBackoff().toMillis(), first << Math.min(Math.max(failures - 1, 0), 20));
        // ±20 % jitter, so a hundred tills coming back online do not knock at HQ in step.
        long jitter = (long) (capped * 0.2 * (ThreadLocalRandom.current().nextDouble() * 2 - 1));
        return Duration.ofMillis(Math.max(first, capped + jitter));
    }

    /**
     * Pushes until nothing waits or {@code budget} is used up, on the calling thread (a command line command before it
     * exits; {@code kaikei sync}).
     */
    public SyncStatus pushNow(Duration budget) {
        pushAll(System.nanoTime() + budget.toNanos(), true);
        return status();
    }

    /**
     * @param deadlineNanos   stop by then (System.nanoTime)
     * @param contactAnyway   reach HQ even when nothing waits (an on-demand push checks the connection)
     * @return true if everything waiting reached HQ (or nothing waited and no heartbeat was due)
     */
    private boolean pushAll(long deadlineNanos, boolean contactAnyway) {
        pushing.lock();
        try {
            boolean pushedAny = false;
            while (deadlineNanos == NO_DEADLINE || System.nanoTime() - deadlineNanos < 0) {
                List<OutboxEntry> entries = outbox.pending(timing.batchSize());
                boolean heartbeatDue = !contacted
                        || System.nanoTime() - lastContactNanos >= timing.heartbeat().toNanos();
                if (entries.isEmpty() && (pushedAny || !heartbeatDue && !contactAnyway)) {
                    return true;
                }
                SyncAck ack;
                try {
                    ack = client.push(new SyncBatch(entries.stream().map(Snapshots::of).toList()));
                } catch (SyncFailure e) {
                    failures++;
                    problem = e.getMessage();
                    setState(e.refused() ? SyncState.REFUSED : SyncState.RETRYING);
                    LOG.info("HQ sync: {} (try {})", e.getMessage(), failures);
                    return false;
                }
                lastContactNanos = System.nanoTime();
                contacted = true;
                outbox.acknowledge(ack.ackedSeq(), clock.instant());
                OutboxStatus local = outbox.status();
                if (ack.lastSeq() > local.lastSeq()) {
                    LOG.warn("HQ holds sequence numbers up to {} but this journal only gave {}: it was restored "
                            + "from a backup; pushing every row again", ack.lastSeq(), local.lastSeq());
                    outbox.renumberAfter(ack.lastSeq());
                }
                failures = 0;
                problem = null;
                pushedAny = true;
                setState(SyncState.SYNCED);
                if (entries.isEmpty()) {
                    return true;
                }
            }
            return false;
        } finally {
            pushing.unlock();
        }
    }

    private void setState(SyncState newState) {
        state = newState;
        SyncStatus status = status();
        listeners.forEach(l -> l.accept(status));
    }

    public SyncStatus status() {
        OutboxStatus local = outbox.status();
        return new SyncStatus(state, local.lastSyncedAt(), local.waiting(), Optional.ofNullable(problem));
    }

    /** Tells {@code listener} (on the sync thread) after every push, until the returned handle is closed. */
    public AutoCloseable addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        synchronized (scheduleLock) {
            if (subscription != null) {
                subscription.close();
            }
            if (thread != null) {
                thread.shutdownNow();
            }
        }
        try {
            if (thread != null && !thread.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("The HQ sync thread did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
