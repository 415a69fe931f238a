package dev.kaikei.ui.testing;

import dev.kaikei.ui.common.UiTimer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A {@link UiTimer} and {@link Clock} that move only when the test calls {@link #advance}. */
public final class ManualTimer extends Clock implements UiTimer {

    private final class Entry implements Cancellable {
        private final Duration period;
        private final Runnable action;
        private Instant due;
        private boolean cancelled;

        Entry(Duration delay, Duration period, Runnable action) {
            this.period = period;
            this.action = action;
            this.due = now.plus(delay);
        }

        @Override
        public void close() {
            cancelled = true;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private Instant now;

    public ManualTimer(Instant start) {
        this.now = start;
    }

    @Override
    public Cancellable every(Duration period, Runnable action) {
        return add(new Entry(period, period, action));
    }

    @Override
    public Cancellable after(Duration delay, Runnable action) {
        return add(new Entry(delay, null, action));
    }

    private Entry add(Entry entry) {
        entries.add(entry);
        return entry;
    }

    /** Moves time forward, firing due callbacks in order. */
    public void advance(Duration step) {
        Instant end = now.plus(step);
        while (true) {
            Entry next = entries.stream().filter(e -> !e.cancelled && !e.due.isAfter(end))
                    .min((a, b) -> a.due.compareTo(b.due)).orElse(null);
            if (next == null) {
                break;
            }
            now = next.due;
            if (next.period == null) {
                next.cancelled = true;
            } else {
                next.due = next.due.plus(next.period);
            }
            next.action.run();
        }
        now = end;
    }

    /** How many callbacks are still scheduled. */
    public long active() {
        return entries.stream().filter(e -> !e.cancelled).count();
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
