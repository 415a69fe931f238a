package dev.kaikei.app;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The engine's threads (as before: one pool for everything). */
public final class EngineThreads implements AutoCloseable {

    private final ScheduledExecutorService engine = pool(4, "kaikei-engine");

    public ScheduledExecutorService engine() {
        return engine;
    }

    public ScheduledExecutorService backups() {
        return engine;
    }

    private static ScheduledExecutorService pool(int size, String name) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newScheduledThreadPool(size, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        engine.shutdownNow();
        try {
            engine.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
