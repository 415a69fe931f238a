package dev.kaikei.journal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers committed changes to listeners on one daemon thread, in commit order; a failing listener is only logged. */
final class ChangeBus implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeBus.class);

    private final List<JournalListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kaikei-journal-changes");
        t.setDaemon(true);
        return t;
    });

    Subscription add(JournalListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void publish(List<JournalChange> changes) {
        if (changes.isEmpty() || listeners.isEmpty() || executor.isShutdown()) {
            return;
        }
        // Listeners registered now get exactly the changes committed from now on.
        List<JournalListener> targets = List.copyOf(listeners);
        List<JournalChange> copy = List.copyOf(changes);
        executor.execute(() -> copy.forEach(change -> deliver(targets, change)));
    }

    private void deliver(List<JournalListener> targets, JournalChange change) {
        for (JournalListener listener : targets) {
            if (!listeners.contains(listener)) {
                continue;
            }
            try {
                listener.onChange(change);
            } catch (RuntimeException e) {
                LOG.warn("Journal listener {} failed on {}", listener, change, e);
            }
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
