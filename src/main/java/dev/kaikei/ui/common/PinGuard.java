package dev.kaikei.ui.common;

import dev.kaikei.config.ManagerPin;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the manager PIN before a refund, cancel, capture or revert. With no PIN set, actions are refused until one is
 * set in Settings — except in training mode, where the practice PIN {@value ManagerPin#TRAINING_PIN} is accepted so
 * staff can learn refunds on the simulator. Verifying takes a PBKDF2 run (a fraction of a second): call
 * {@link #check} off the UI thread.
 */
public final class PinGuard {

    /** The answer to one PIN attempt. */
    public enum Verdict { ACCEPTED, WRONG, NOT_SET }

    private final boolean training;
    private volatile Optional<String> hash;

    public PinGuard(Optional<String> hash, boolean training) {
        this.hash = Objects.requireNonNull(hash);
        this.training = training;
    }

    /** Checks {@code pin} and wipes it. */
    public Verdict check(char[] pin) {
        try {
            Optional<String> stored = hash;
            if (stored.isPresent()) {
                return ManagerPin.verify(pin, stored.get()) ? Verdict.ACCEPTED : Verdict.WRONG;
            }
            if (!training) {
                return Verdict.NOT_SET;
            }
            return Arrays.equals(pin, ManagerPin.TRAINING_PIN.toCharArray()) ? Verdict.ACCEPTED : Verdict.WRONG;
        } finally {
            ManagerPin.wipe(pin);
        }
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
