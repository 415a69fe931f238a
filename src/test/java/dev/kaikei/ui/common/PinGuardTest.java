package dev.kaikei.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.config.ManagerPin;
import dev.kaikei.ui.common.PinGuard.Verdict;
import dev.kaikei.ui.testing.ManualTimer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PinGuard: the manager PIN and its lockout after wrong tries")
class PinGuardTest {

    private static final String PIN = "2580";
    private static final String WRONG = "1111";

    /** Moves only when the test says so. */
    private final ManualTimer clock = new ManualTimer(Instant.parse("2026-03-02T09:00:00Z"));
    /** How many times the guard really compared a PIN (a PBKDF2 run with the real verifier). */
    private final AtomicInteger verified = new AtomicInteger();

    /**
     * A guard whose PIN is {@link #PIN}, compared without PBKDF2 so the many attempts stay fast; {@link #realPin}
     * covers the real hash.
     */
    private PinGuard guard() {
        return new PinGuard(Optional.of("hash-of-" + PIN), false, clock, (pin, hash) -> {
            verified.incrementAndGet();
            return hash.equals("hash-of-" + new String(pin));
        });
    }

    private static Verdict attempt(PinGuard guard, String pin) {
        return guard.check(pin.toCharArray());
    }

    private static void wrong(PinGuard guard, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(attempt(guard, WRONG)).as("wrong PIN " + (i + 1)).isEqualTo(Verdict.WRONG);
        }
    }

    @Test
    @DisplayName("with the real hash: 4 wrong PINs then the right one is accepted; 5 wrong lock even the right one")
    void realPin() {
        PinGuard guard = new PinGuard(Optional.of(ManagerPin.hash(PIN.toCharArray())), false, clock);
        wrong(guard, 4);
        assertThat(guard.lockedFor()).isZero();
        assertThat(attempt(guard, PIN)).isEqualTo(Verdict.ACCEPTED);
        wrong(guard, 5);
        assertThat(attempt(guard, PIN)).isEqualTo(Verdict.LOCKED);
        assertThat(guard.lockedFor()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    @DisplayName("the right PIN resets the count: 4 wrong, right, 4 wrong, right — never locked")
    void rightPinResets() {
        PinGuard guard = guard();
        wrong(guard, 4);
        assertThat(attempt(guard, PIN)).isEqualTo(Verdict.ACCEPTED);
        wrong(guard, 4);
        assertThat(guard.lockedFor()).isZero();
        assertThat(attempt(guard, PIN)).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    @DisplayName("5 wrong: locked for 30 s, even the right PIN, without verifying it; then the right PIN works")
    void locksAfterFive() {
        PinGuard guard = guard();
        wrong(guard, 5);
        assertThat(guard.lockedFor()).isEqualTo(Duration.ofSeconds(30));
        assertThat(guard.lockedSeconds()).isEqualTo(30);

        clock.advance(Duration.ofSeconds(10));
        assertThat(attempt(guard, PIN)).isEqualTo(Verdict.LOCKED);
        assertThat(attempt(guard, WRONG)).isEqualTo(Verdict.LOCKED);
        assertThat(verified).as("no PIN compared while locked").hasValue(5);
        assertThat(guard.lockedFor()).as("refused tries do not extend the lockout").isEqualTo(Duration.ofSeconds(20));

        clock.advance(Duration.ofMillis(19_500));
        assertThat(guard.lockedSeconds()).as("rounded up").isEqualTo(1);
        assertThat(attempt(guard, PIN)).isEqualTo(Verdict.LOCKED);
        clock.advance(Duration.ofMillis(500));
        assertThat(guard.lockedFor()).isZero();
        assertThat(attempt(guard, PIN)).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    @DisplayName("each wrong PIN after a lockout locks again for twice as long, up to 15 min; the right PIN resets it")
    void doublesUpToTheCap() {
        PinGuard guard = guard();
        wrong(guard, 5);
        long[] expected = {30, 60, 120, 240, 480, 900, 900};
        for (int i = 0; i < expected.length; i++) {
            assertThat(guard.lockedFor()).as("lockout " + (i + 1)).isEqualTo(Duration.ofSeconds(expected[i]));
            clock.advance(Duration.ofSeconds(expected[i]));
            assertThat(guard.lockedFor()).isZero();
            if (i < expected.length - 1) {
                wrong(guard, 1);
            }
        }
        assertThat(attempt(guard, PIN)).isEqualTo(Verdict.ACCEPTED);

        // Afresh: 4 free tries again, and the next lockout is 30 s.
        wrong(guard, 4);
        assertThat(guard.lockedFor()).isZero();
        wrong(guard, 1);
        assertThat(guard.lockedFor()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    @DisplayName("training mode: the practice PIN is locked out the same way")
    void trainingPin() {
        PinGuard guard = new PinGuard(Optional.empty(), true, clock);
        wrong(guard, 4);
        assertThat(attempt(guard, ManagerPin.TRAINING_PIN)).isEqualTo(Verdict.ACCEPTED);
        wrong(guard, 5);
        assertThat(attempt(guard, ManagerPin.TRAINING_PIN)).isEqualTo(Verdict.LOCKED);
        assertThat(guard.lockedFor()).isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        assertThat(attempt(guard, ManagerPin.TRAINING_PIN)).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    @DisplayName("no PIN set (production): every try says NOT_SET, never LOCKED")
    void notSet() {
        PinGuard guard = new PinGuard(Optional.empty(), false, clock);
        for (int i = 0; i < 8; i++) {
            assertThat(attempt(guard, WRONG)).isEqualTo(Verdict.NOT_SET);
        }
        assertThat(guard.lockedFor()).isZero();
    }

    @Test
    @DisplayName("a refused PIN is wiped like any other")
    void wipesWhenLocked() {
        PinGuard guard = guard();
        wrong(guard, 5);
        char[] pin = PIN.toCharArray();
        assertThat(guard.check(pin)).isEqualTo(Verdict.LOCKED);
        assertThat(Arrays.equals(pin, new char[pin.length])).isTrue();
    }
}
