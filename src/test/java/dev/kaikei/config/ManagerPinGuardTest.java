package dev.kaikei.config;

import dev.kaikei.files.OwnerOnly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.config.ManagerPinGuard.Verdict;
import dev.kaikei.ui.testing.ManualTimer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the manager PIN and its lockout after wrong tries")
class ManagerPinGuardTest {

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
    private ManagerPinGuard guard() {
        return guard(PinLockoutStore.inMemory());
    }

    private ManagerPinGuard guard(PinLockoutStore store) {
        return new ManagerPinGuard(Optional.of("hash-of-" + PIN), false, store, clock, (pin, hash) -> {
            verified.incrementAndGet();
            return hash.equals("hash-of-" + new String(pin));
        });
    }

    private static Verdict attempt(ManagerPinGuard guard, String pin) {
        return guard.check(pin.toCharArray());
    }

    private static void wrong(ManagerPinGuard guard, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(attempt(guard, WRONG)).as("wrong PIN " + (i + 1)).isEqualTo(Verdict.WRONG);
        }
    }

    @Test
    @DisplayName("with the real hash: 4 wrong PINs then the right one is accepted; 5 wrong lock even the right one")
    void realPin() {
        ManagerPinGuard guard = new ManagerPinGuard(Optional.of(ManagerPin.hash(PIN.toCharArray())), false,
                PinLockoutStore.inMemory(), clock);
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
        ManagerPinGuard guard = guard();
        wrong(guard, 4);
        assertThat(attempt(guard, PIN)).isEqualTo(Verdict.ACCEPTED);
        wrong(guard, 4);
        assertThat(guard.lockedFor()).isZero();
        assertThat(attempt(guard, PIN)).isEqualTo(Verdict.ACCEPTED);
    }

    @Test
    @DisplayName("5 wrong: locked for 30 s, even the right PIN, without verifying it; then the right PIN works")
    void locksAfterFive() {
        ManagerPinGuard guard = guard();
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
        ManagerPinGuard guard = guard();
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
        ManagerPinGuard guard = new ManagerPinGuard(Optional.empty(), true, PinLockoutStore.inMemory(), clock);
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
        ManagerPinGuard guard = new ManagerPinGuard(Optional.empty(), false, PinLockoutStore.inMemory(), clock);
        for (int i = 0; i < 8; i++) {
            assertThat(attempt(guard, WRONG)).isEqualTo(Verdict.NOT_SET);
        }
        assertThat(guard.lockedFor()).isZero();
    }

    @Test
    @DisplayName("a refused PIN is wiped like any other")
    void wipesWhenLocked() {
        ManagerPinGuard guard = guard();
        wrong(guard, 5);
        char[] pin = PIN.toCharArray();
        assertThat(guard.check(pin)).isEqualTo(Verdict.LOCKED);
        assertThat(Arrays.equals(pin, new char[pin.length])).isTrue();
    }

    @org.junit.jupiter.api.Nested
    @DisplayName("counted atomically and kept")
    class Kept {

        @org.junit.jupiter.api.io.TempDir
        Path dir;

        @Test
        @DisplayName("tries made at the same moment never get past the limit: each is counted before it is verified")
        void concurrentTriesCountedAtomically() throws Exception {
            CountDownLatch verifying = new CountDownLatch(1);
            ManagerPinGuard guard = new ManagerPinGuard(Optional.of("hash-of-" + PIN), false,
                    PinLockoutStore.inMemory(), clock, (pin, hash) -> {
                        verified.incrementAndGet();
                        try {
                            verifying.await(); // every try is mid-verification at once
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return false;
                    });
            ExecutorService pool = Executors.newFixedThreadPool(20);
            try {
                List<Future<Verdict>> tries = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    tries.add(pool.submit(() -> attempt(guard, WRONG)));
                }
                org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> tries.stream()
                        .filter(Future::isDone).count() + verified.get() == 20);
                verifying.countDown();
                long locked = 0;
                for (var t : tries) {
                    locked += t.get() == Verdict.LOCKED ? 1 : 0;
                }
                assertThat(verified.get()).as("PINs actually compared").isEqualTo(PinLockout.FREE_ATTEMPTS);
                assertThat(locked).isEqualTo(20 - PinLockout.FREE_ATTEMPTS);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        @DisplayName("a lockout survives a restart: a new guard on the same file is still locked")
        void survivesRestart() throws Exception {
            Path file = dir.resolve("state/pin-lockout.properties");
            wrong(guard(PinLockoutStore.file(file)), 5);
            ManagerPinGuard afterRestart = guard(PinLockoutStore.file(file));
            assertThat(attempt(afterRestart, PIN)).isEqualTo(Verdict.LOCKED);
            assertThat(afterRestart.lockedFor()).isEqualTo(Duration.ofSeconds(30));
            assertThat(Files.readString(file)).doesNotContain(PIN).doesNotContain("hash");
            if (Files.getFileAttributeView(file,
                    PosixFileAttributeView.class) != null) {
                assertThat(Files.getPosixFilePermissions(file)).isEqualTo(OwnerOnly.FILE);
                assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(OwnerOnly.FOLDER);
            }
            clock.advance(Duration.ofSeconds(30));
            assertThat(attempt(afterRestart, PIN)).isEqualTo(Verdict.ACCEPTED);
            assertThat(attempt(guard(PinLockoutStore.file(file)), WRONG)).as("counting starts afresh")
                    .isEqualTo(Verdict.WRONG);
        }

        @Test
        @DisplayName("a spoiled lockout file buys no tries: it counts as the longest lockout")
        void spoiledFileIsStrict() throws Exception {
            Path file = dir.resolve("pin-lockout.properties");
            wrong(guard(PinLockoutStore.file(file)), 1);
            Files.writeString(file, "wrongInARow=zero\n");
            assertThat(attempt(guard(PinLockoutStore.file(file)), PIN)).isEqualTo(Verdict.LOCKED);
        }
    }
}
