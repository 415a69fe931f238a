package dev.kaikei.config;

import java.time.Duration;
import java.time.Instant;

/**
 * The manager PIN's lockout state: wrong tries in a row, how many lockouts they caused, and until when tries are
 * refused. Holds no PIN and no hash. After {@value #FREE_ATTEMPTS} wrong PINs in a row tries are refused for 30 s,
 * doubled for each further lockout up to 15 min; the right PIN starts afresh.
 *
 * @param wrongInARow tries not (yet) proven right since the last right PIN
 * @param lockouts    lockouts since the last right PIN
 * @param lockedUntil tries are refused before this instant ({@link Instant#EPOCH}: not locked)
 */
public record PinLockout(int wrongInARow, int lockouts, Instant lockedUntil) {

    public static final int FREE_ATTEMPTS = 5;
    public static final Duration FIRST_LOCKOUT = Duration.ofSeconds(30);
    public static final Duration MAX_LOCKOUT = Duration.ofMinutes(15);
    public static final PinLockout CLEAR = new PinLockout(0, 0, Instant.EPOCH);

    public PinLockout {
        if (wrongInARow < 0 || lockouts < 0 || lockedUntil == null) {
            throw new IllegalArgumentException("invalid PIN lockout state");
        }
    }

    public boolean isLocked(Instant now) {
        return now.isBefore(lockedUntil);
    }

    /** How long tries are still refused at {@code now}; zero when a PIN can be tried. */
    public Duration lockedFor(Instant now) {
        return isLocked(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    /**
     * One more try, counted before it is verified (it is wrong until proven right), so tries made at the same time can
     * never add up to more than the free ones; the try that reaches the limit starts a lockout.
     */
    public PinLockout withTry(Instant now) {
        int wrong = wrongInARow + 1;
        if (wrong < FREE_ATTEMPTS) {
            return new PinLockout(wrong, lockouts, lockedUntil);
        }
        // 30 s << lockouts, capped; the shift stays small so it cannot overflow however long the guessing goes on.
        Duration period = FIRST_LOCKOUT.multipliedBy(1L << Math.min(lockouts, 10));
        if (period.compareTo(MAX_LOCKOUT) > 0) {
            period = MAX_LOCKOUT;
        }
        return new PinLockout(wrong, lockouts + 1, now.plus(period));
    }

    /** Whether this try is the one that started a lockout (for the log). */
    boolean startedLockout(PinLockout before) {
        return lockouts > before.lockouts();
    }
}
