package dev.kaikei.app;

import dev.kaikei.journal.Journal;
import dev.kaikei.journal.JournalSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a journal backup in place of the journal. It holds the journal's lock throughout (so never while the app or a
 * money-moving command runs), checks the backup first, refuses to orphan anything the current journal holds (open
 * payments or operations, rows newer than the backup), and keeps the current journal, renamed to
 * {@code journal.sqlite.before-restore-<time>}, so a restore can itself be undone.
 */
public final class JournalRestore {

    private static final Logger LOG = LoggerFactory.getLogger(JournalRestore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** SQLite's companions of a WAL-mode database: they belong to the file they sit next to. */
    private static final List<String> COMPANIONS = List.of("-wal", "-shm");

    /** What a restore did. */
    public record Result(Path restoredFrom, Optional<Path> previousJournal) {
    }

    /** The backup is unusable, or the current journal would be replaced without {@code force}. */
    public static final class RefusedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    private JournalRestore() {
    }

    /**
     * Restores {@code backup} as {@code journal}.
     *
     * @param force replace an existing journal (without it an existing journal is left alone)
     * @throws StartupException with {@link StartupException.Reason#IN_USE} while another process holds the journal
     * @throws RefusedException if the backup fails its checks or the journal exists and {@code force} is false
     * @throws UncheckedIOException if the files cannot be moved or copied
     */
    public static Result restore(Path backup, Path journal, boolean force, Clock clock) {
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(journal, "journal");
        if (backup.toAbsolutePath().normalize().equals(journal.toAbsolutePath().normalize())) {
            throw new RefusedException(backup + " is the journal itself; give a backup file");
        }
        try (JournalLock lock = JournalLock.acquire(journal)) {
            Optional<String> problem = Journal.problemWith(backup);
            if (problem.isPresent()) {
                throw new RefusedException("Not restored: " + problem.get());
            }
            if (Files.exists(journal) && !force) {
                throw new RefusedException("The journal " + journal + " exists; restoring replaces it with " + backup
                        + " (it is kept aside, renamed). Run again with --force to do it");
            }
            refuseToOrphan(journal, backup);
            Optional<Path> previous = Files.exists(journal)
                    ? Optional.of(moveAside(journal, STAMP.format(clock.instant().atZone(ZoneId.systemDefault()))))
                    : Optional.empty();
            Path tmp = journal.resolveSibling(journal.getFileName() + ".restoring");
            Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, journal, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Journal {} restored from {} (previous journal kept as {})", journal, backup,
                    previous.map(Path::toString).orElse("none"));
            return new Result(backup, previous);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore " + journal + " from " + backup + ": " + e.getMessage(), e);
        }
    }

    /**
     * A restore must orphan nothing: not a payment still being settled with PayPay (the reconciler would never see it
     * again), nor one made or changed after the backup. A journal that cannot be read at all has nothing to check.
     */
    private static void refuseToOrphan(Path journal, Path backup) {
        Optional<JournalSnapshot> current = JournalSnapshot.read(journal);
        if (current.isEmpty()) {
            LOG.warn("The journal {} cannot be read; it is replaced and kept aside as it is", journal);
            return;
        }
        JournalSnapshot now = current.get();
        if (!now.openPayments().isEmpty() || now.openOperations() > 0) {
            List<String> shown = now.openPayments().subList(0, Math.min(5, now.openPayments().size()));
            throw new RefusedException("Nothing was restored: the journal " + journal + " holds "
                    + now.openPayments().size() + " open payment(s) " + shown + " and " + now.openOperations()
                    + " open operation(s) still being settled with PayPay; restoring would orphan them. Settle them"
                    + " first (`kaikei reconcile`, or the cashier app's Needs attention), then restore.");
        }
        Instant backedUp = JournalSnapshot.read(backup).map(JournalSnapshot::lastChange).orElse(Instant.EPOCH);
        if (now.lastChange().isAfter(backedUp)) {
            int newer = JournalSnapshot.paymentsChangedAfter(journal, backedUp);
            throw new RefusedException("Nothing was restored: the journal " + journal + " has " + newer
                    + " payment(s) made or changed after the backup (" + backedUp + "), which the backup does not"
                    + " have. Export them first (`kaikei export`) or restore a newer backup.");
        }
    }

    private static Path moveAside(Path journal, String stamp) throws IOException {
        Path aside = journal.resolveSibling(journal.getFileName() + ".before-restore-" + stamp);
        List<Path[]> moves = new ArrayList<>();
        moves.add(new Path[] {journal, aside});
        for (String suffix : COMPANIONS) {
            Path companion = journal.resolveSibling(journal.getFileName() + suffix);
            if (Files.exists(companion)) {
                // An unchecked-in WAL would otherwise be replayed into the restored file.
                moves.add(new Path[] {companion, aside.resolveSibling(aside.getFileName() + suffix)});
            }
        }
        for (Path[] move : moves) {
            Files.move(move[0], move[1]);
        }
        return aside;
    }
}
