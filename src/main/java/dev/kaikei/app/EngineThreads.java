package dev.kaikei.app;

import dev.kaikei.payment.EngineExecutors;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's background threads, apart by what they wait for, so that nothing slow holds up a sale: checkouts (create,
 * poll, close), the background work (follow-ups, the reconciler's passes), one reconciler row at a time, and the
 * journal backup. A PayPay call that hangs, or a backup of a big journal, only ever occupies its own kind of thread.
 */
public final class EngineThreads implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EngineThreads.class);

    private final ScheduledExecutorService checkouts = scheduled(2, "kaikei-checkout");
    private final ScheduledExecutorService background = scheduled(2, "kaikei-background");
    private final ExecutorService reconcileRows = single("kaikei-reconcile-row");
    private final ScheduledExecutorService backups = scheduled(1, "kaikei-backup");

    /** The engine's share: checkouts, background work and reconciler rows. */
    public EngineExecutors engine() {
        return new EngineExecutors(checkouts, background, reconcileRows);
    }

    /** The daily journal backup's own thread. */
    public ScheduledExecutorService backups() {
        return backups;
    }

    /** Whether the threads have been told to stop (nothing new may start then). */
    public boolean isShutdown() {
        return checkouts.isShutdown();
    }

    @Override
    public void close() {
        List<ExecutorService> all = List.of(checkouts, background, reconcileRows, backups);
        all.forEach(ExecutorService::shutdownNow);
        for (ExecutorService e : all) {
            try {
                if (!e.awaitTermination(5, TimeUnit.SECONDS)) {
                    LOG.warn("Engine threads did not stop within 5 s");
                }
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static ScheduledExecutorService scheduled(int size, String name) {
        return Executors.newScheduledThreadPool(size, daemons(name));
    }

    private static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(daemons(name));
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
