package dev.kaikei.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The app-wide pool of named daemon threads for UI background work; logs uncaught failures, closed on shutdown. */
public final class AppExecutors implements BackgroundExecutor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppExecutors.class);

    private final ExecutorService pool;

    public AppExecutors(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = work -> {
            Thread t = new Thread(work, "kaikei-ui-bg-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) -> LOG.error("Uncaught failure on {}", thread.getName(), e));
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public void execute(Runnable work) {
        pool.execute(work);
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
