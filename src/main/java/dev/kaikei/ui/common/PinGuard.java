package dev.kaikei.ui.common;

import dev.kaikei.config.ManagerPin;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the manager PIN before a refund, cancel, capture or revert. With no PIN set, actions are refused until one is
 * set in Settings — except in training mode, where the practice PIN {@value ManagerPin#TRAINING_PIN} is accepted so
 * staff can learn refunds on the simulator. Verifying takes a PBKDF2 run (a fraction of a second): call
 * {@link #check} off the UI thread.
 *
 * <p>PBKDF2 alone lets someone at the counter try all 10,000 four-digit PINs within hours, so after
 * {@value #FREE_ATTEMPTS} wrong PINs in a row the guard refuses every attempt for a while ({@link Verdict#LOCKED})
 * without even verifying it: 30 s, doubled for each further wrong PIN once a lockout is over, up to 15 min. The right
 * PIN starts the count afresh. The app has one guard, so the lockout covers every PIN prompt (History, kiosk exit,
 * Settings). It lives in memory only: restarting the app clears it. That is acceptable on a counter device, where a
 * restart is slow and visible to the staff.
 */
public final class PinGuard {

    /** The answer to one PIN attempt. */
    public enum Verdict { ACCEPTED, WRONG, NOT_SET, LOCKED }

    /** How {@link #check} compares a PIN with the stored hash; tests count the calls. */
    interface Verifier {
        boolean matches(char[] pin, String hash);
    }

    private static final Logger LOG = LoggerFactory.getLogger(PinGuard.class);
    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_LOCKOUT = Duration.ofSeconds(30);
    static final Duration MAX_LOCKOUT = Duration.ofMinutes(15);

    private final boolean training;
    private final Clock clock;
    private final Verifier verifier;
    private volatile Optional<String> hash;

    // Guarded by this. Checks run on background threads, and a manager may have two prompts open at once.
    private int wrongInARow;
    private int lockouts;
    private Instant lockedUntil = Instant.MIN;

    public PinGuard(Optional<String> hash, boolean training) {
        this(hash, training, Clock.systemUTC());
    }

    public PinGuard(Optional<String> hash, boolean training, Clock clock) {
        this(hash, training, clock, ManagerPin::verify);
    }

    PinGuard(Optional<String> hash, boolean training, Clock clock, Verifier verifier) {
        this.hash = Objects.requireNonNull(hash);
        this.training = training;
        this.clock = Objects.requireNonNull(clock);
        this.verifier = Objects.requireNonNull(verifier);
    }

    /** Checks {@code pin} and wipes it. */
    public Verdict check(char[] pin) {
        try {
            Optional<String> stored = hash;
            if (stored.isEmpty() && !training) {
                return Verdict.NOT_SET;
            }
            if (!lockedFor().isZero()) {
                return Verdict.LOCKED;
            }
            // Verified outside the lock: a PBKDF2 run must not hold up lockedFor() on the UI thread.
            boolean right = stored.isPresent() ? verifier.matches(pin, stored.get())
                    : Arrays.equals(pin, ManagerPin.TRAINING_PIN.toCharArray());
            return right ? accepted() : wrong();
        } finally {
            ManagerPin.wipe(pin);
        }
    }

    /** How long attempts are still refused; zero when the PIN can be tried. */
    public synchronized Duration lockedFor() {
        Duration left = Duration.between(clock.instant(), lockedUntil);
        return left.isNegative() ? Duration.ZERO : left;
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

    private synchronized Verdict accepted() {
        wrongInARow = 0;
        lockouts = 0;
        lockedUntil = Instant.MIN;
        return Verdict.ACCEPTED;
    }

    private synchronized Verdict wrong() {
        wrongInARow++;
        if (wrongInARow >= FREE_ATTEMPTS) {
            // 30 s << lockouts, capped; the shift stays small so it cannot overflow however long the guessing goes on.
            Duration period = FIRST_LOCKOUT.multipliedBy(1L << Math.min(lockouts, 10));
            if (period.compareTo(MAX_LOCKOUT) > 0) {
                period = MAX_LOCKOUT;
            }
            lockouts++;
            lockedUntil = clock.instant().plus(period);
            LOG.warn("Manager PIN locked for {} s after {} wrong PINs in a row", period.toSeconds(), wrongInARow);
        }
        return Verdict.WRONG;
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
