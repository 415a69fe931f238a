package dev.kaikei.config;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the manager PIN before a refund, cancel, capture or revert — on the screens and on the command line alike —
 * and enforces the lockout ({@link PinLockout}). With no PIN set, actions are refused until one is set — except in
 * training mode, where the practice PIN {@value ManagerPin#TRAINING_PIN} is accepted. Verifying takes a PBKDF2 run (a
 * fraction of a second): call {@link #check} off the UI thread.
 *
 * <p>PBKDF2 alone lets someone try all 10,000 four-digit PINs within hours, hence the lockout. Each try is counted
 * before it is verified, in one atomic step with the lockout check, so tries made at the same moment (two prompts, a
 * script) never get past the limit; the state is kept by a {@link PinLockoutStore}, in the app a file, so a restart
 * does not lift a lockout.
 */
public final class ManagerPinGuard {

    /** The answer to one PIN try. */
    public enum Verdict { ACCEPTED, WRONG, NOT_SET, LOCKED }

    /** How {@link #check} compares a PIN with the stored hash; tests count the calls. */
    public interface Verifier {
        boolean matches(char[] pin, String hash);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ManagerPinGuard.class);

    private final boolean training;
    private final Clock clock;
    private final Verifier verifier;
    private final PinLockoutStore store;
    private volatile Optional<String> hash;

    public ManagerPinGuard(Optional<String> hash, boolean training, PinLockoutStore store, Clock clock) {
        this(hash, training, store, clock, ManagerPin::verify);
    }

    public ManagerPinGuard(Optional<String> hash, boolean training, PinLockoutStore store, Clock clock,
                           Verifier verifier) {
        this.hash = Objects.requireNonNull(hash, "hash");
        this.training = training;
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /** A guard whose lockout lives in memory only (tests, and tools with no place to keep it). */
    public static ManagerPinGuard inMemory(Optional<String> hash, boolean training) {
        return new ManagerPinGuard(hash, training, PinLockoutStore.inMemory(), Clock.systemUTC());
    }

    /** Checks {@code pin} and wipes it. */
    public Verdict check(char[] pin) {
        try {
            Optional<String> stored = hash;
            if (stored.isEmpty() && !training) {
                return Verdict.NOT_SET;
            }
            AtomicBoolean locked = new AtomicBoolean();
            PinLockout[] before = new PinLockout[1];
            PinLockout after = store.update(state -> {
                before[0] = state;
                if (state.isLocked(clock.instant())) {
                    locked.set(true);
                    return state;
                }
                return state.withTry(clock.instant());
            });
            if (locked.get()) {
                return Verdict.LOCKED;
            }
            if (after.startedLockout(before[0])) {
                LOG.warn("Manager PIN locked for {} s after {} wrong PINs in a row",
                        after.lockedFor(clock.instant()).toSeconds(), after.wrongInARow());
            }
            // Verified outside the store's lock: a PBKDF2 run must not hold up another prompt's lockout check.
            boolean right = stored.isPresent() ? verifier.matches(pin, stored.get())
                    : Arrays.equals(pin, ManagerPin.TRAINING_PIN.toCharArray());
            if (right) {
                store.update(state -> PinLockout.CLEAR);
                return Verdict.ACCEPTED;
            }
            return Verdict.WRONG;
        } finally {
            ManagerPin.wipe(pin);
        }
    }

    /** How long tries are still refused; zero when the PIN can be tried. */
    public Duration lockedFor() {
        return store.current().lockedFor(clock.instant());
    }

    /**
     * The lockout's remaining time in whole seconds for the message after a {@link Verdict#LOCKED}: rounded up, and at
     * least 1, so a lockout that ended while the message was on its way reads "in 1 s", never "in 0 s".
     */
    public long lockedSeconds() {
        Duration left = lockedFor();
        long seconds = left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** A new PIN was saved in Settings. */
    public void update(String newHash) {
        hash = Optional.of(newHash);
    }

    public boolean isSet() {
        return hash.isPresent();
    }

    public boolean isTraining() {
        return training;
    }
}
