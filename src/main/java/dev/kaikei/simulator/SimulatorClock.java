package dev.kaikei.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The simulator's notion of "now": a base clock plus an offset that tests (or the control API) move forward, so QR
 * expiry, the cancel window, JWT expiry and the similar-payment window can be exercised without sleeping. It is a
 * {@link Clock}, so a client under test can share it and sign with the same time.
 */
public final class SimulatorClock extends Clock {

    private final Clock base;
    private final AtomicLong offsetMillis;

    private SimulatorClock(Clock base, AtomicLong offsetMillis) {
        this.base = base;
        this.offsetMillis = offsetMillis;
    }

    /** Real time (UTC), movable forward. */
    public static SimulatorClock system() {
        return new SimulatorClock(Clock.systemUTC(), new AtomicLong());
    }

    /** Frozen at {@code start} until advanced: fully deterministic tests. */
    public static SimulatorClock fixedAt(Instant start) {
        return new SimulatorClock(Clock.fixed(start, ZoneOffset.UTC), new AtomicLong());
    }

    /** Moves the clock forward (a negative duration moves it back, which only tests should need). */
    public void advance(Duration by) {
        offsetMillis.addAndGet(by.toMillis());
    }

    /** Moves the clock so that {@link #instant()} reads {@code target} now. */
    public void setTo(Instant target) {
        offsetMillis.set(target.toEpochMilli() - base.millis());
    }

    public long epochSecond() {
        return instant().getEpochSecond();
    }

    @Override
    public Instant instant() {
        return base.instant().plusMillis(offsetMillis.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** Time zones do not matter to the simulator (it works in UTC instants); the same moving clock is returned. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
