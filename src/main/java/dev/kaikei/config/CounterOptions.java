package dev.kaikei.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the app runs at the counter: kiosk mode, sounds, the spoken amount and the daily journal backup.
 *
 * @param kiosk          full screen, undecorated, exit and Settings only with the manager PIN
 * @param soundEnabled   the paid / failed chimes
 * @param voiceEnabled   speak the amount received after a payment (with a platform voice, if one exists)
 * @param backupDir      where daily journal backups go; empty = a {@code backups} folder next to the journal
 * @param backupKeepDays how many daily backups are kept (older ones are deleted)
 * @param window         how the cashier window takes its screen (kiosk mode is always full screen)
 */
public record CounterOptions(boolean kiosk, boolean soundEnabled, boolean voiceEnabled, Optional<Path> backupDir,
                             int backupKeepDays, WindowMode window) {

    /** Kept backups by default: two weeks of business days. */
    public static final int DEFAULT_KEEP_DAYS = 14;
    /** At most a year of daily copies: more is a disk filling up, not a backup plan. */
    public static final int MAX_KEEP_DAYS = 366;

    public CounterOptions {
        Objects.requireNonNull(backupDir, "backupDir");
        Objects.requireNonNull(window, "window");
        if (backupKeepDays < 1 || backupKeepDays > MAX_KEEP_DAYS) {
            throw new IllegalArgumentException("backupKeepDays must be 1-" + MAX_KEEP_DAYS);
        }
    }

    /**
     * Not a kiosk, chimes on, no voice, backups next to the journal for {@value #DEFAULT_KEEP_DAYS} days, the window
     * sized to its screen ({@link WindowMode#AUTO}).
     */
    public static CounterOptions defaults() {
        return new CounterOptions(false, true, false, Optional.empty(), DEFAULT_KEEP_DAYS, WindowMode.AUTO);
    }

    /** The backup folder for {@code journal}: the configured one, else {@code backups} beside the journal. */
    public Path backupDirFor(Path journal) {
        return backupDir.orElseGet(() -> journal.toAbsolutePath().resolveSibling("backups"));
    }

    public CounterOptions withKiosk(boolean enabled) {
        return new CounterOptions(enabled, soundEnabled, voiceEnabled, backupDir, backupKeepDays, window);
    }
}
