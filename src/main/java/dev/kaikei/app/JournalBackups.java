package dev.kaikei.app;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.JournalException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily journal backup: one consistent copy per business day (Asia/Tokyo) named {@code journal-YYYY-MM-DD.sqlite}
 * in the backup folder, keeping the newest {@code keep} copies. The app checks at start-up and every hour, so a
 * terminal left running for days still gets one copy a day.
 */
public final class JournalBackups {

    private static final Logger LOG = LoggerFactory.getLogger(JournalBackups.class);
    private static final Pattern NAME = Pattern.compile("journal-\\d{4}-\\d{2}-\\d{2}\\.sqlite");

    private final Journal journal;
    private final Path dir;
    private final int keep;
    private final Clock clock;
    private final BooleanSupplier keepGoing;
    private volatile boolean stopped;
    /** Today's copy once known sound, so the hourly check does not re-read a big file every time. */
    private volatile Path checked;

    public JournalBackups(Journal journal, Path dir, int keep, Clock clock) {
        this(journal, dir, keep, clock, () -> true);
    }

    /**
     * @param keepGoing asked every few milliseconds while a copy is written; false stops it (as {@link #stop()} does)
     */
    public JournalBackups(Journal journal, Path dir, int keep, Clock clock, BooleanSupplier keepGoing) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.dir = Objects.requireNonNull(dir, "dir");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.keepGoing = Objects.requireNonNull(keepGoing, "keepGoing");
        if (keep < 1) {
            throw new IllegalArgumentException("keep must be at least 1");
        }
        this.keep = keep;
    }

    /** Stops a copy in progress and any later one: the app is closing (a big journal's copy must not delay it). */
    public void stop() {
        stopped = true;
    }

    /** The backup file of a business day. */
    public Path fileFor(BusinessDay day) {
        return dir.resolve("journal-" + day.date() + ".sqlite");
    }

    /**
     * Backs up the journal unless today's copy exists, then deletes copies beyond the newest {@code keep}.
     *
     * @return the copy written now, or empty if today's existed already
     * @throws JournalException if the copy cannot be written
     */
    public Optional<Path> backUpToday() {
        Path target = fileFor(BusinessDay.today(clock));
        Optional<Path> written = Optional.empty();
        if (Files.exists(target) && !target.equals(checked)) {
            // Written by an earlier run that may have died mid-copy or on a full disk: only a sound copy counts.
            Optional<String> problem = Journal.problemWith(target);
            if (problem.isPresent()) {
                LOG.warn("Today's backup is unusable ({}); writing it again", problem.get());
                try {
                    Files.delete(target);
                } catch (IOException e) {
                    throw new JournalException("Cannot replace the unusable backup " + target + ": " + e, e);
                }
            } else {
                checked = target;
            }
        }
        if (!Files.exists(target)) {
            journal.backupTo(target, () -> !stopped && keepGoing.getAsBoolean());
            checked = target;
            LOG.info("Journal backed up to {}", target);
            written = Optional.of(target);
        }
        prune();
        return written;
    }

    /** {@link #backUpToday()} for the scheduler: a failure is logged (and retried next time), never thrown. */
    void backUpTodayQuietly() {
        try {
            backUpToday();
        } catch (RuntimeException e) {
            LOG.warn("Daily journal backup to {} failed (retried within the hour): {}", dir, e.getMessage());
        }
    }

    /** The backups in the folder, newest first. */
    public List<Path> backups() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            // The date in the name sorts like the date itself.
            return files.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            throw new JournalException("Cannot list the backups in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void prune() {
        List<Path> all = backups();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
                LOG.info("Deleted old journal backup {} (keeping {})", old, keep);
            } catch (IOException e) {
                LOG.warn("Cannot delete old journal backup {}: {}", old, e.toString());
            }
        }
    }
}
