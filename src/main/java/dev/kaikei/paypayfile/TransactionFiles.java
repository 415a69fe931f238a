package dev.kaikei.paypayfile;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.FileMatchRecord;
import dev.kaikei.journal.Journal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Matching PayPay's daily transaction file, for the command line and End of day: reads the whole file first (a bad
 * file keeps nothing), matches it against the journal, and keeps the outcome there (which file, when, what differed).
 */
public final class TransactionFiles {

    private final Journal journal;
    private final Set<String> ourTerminals;
    private final TransactionFileReader reader = new TransactionFileReader();

    /**
     * @param ourTerminals the terminal ids this journal keeps (the configured one): unknown lines of other terminals
     *                     belong to other tills and are only counted
     */
    public TransactionFiles(Journal journal, Set<String> ourTerminals) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.ourTerminals = Set.copyOf(ourTerminals);
    }

    /**
     * Reads, matches and keeps.
     *
     * @param day the business day the file covers; empty: from PayPay's file name, else from its lines when they all
     *            fall on one day
     * @throws TransactionFileException if the file cannot be read or is not a valid PayPay file (nothing kept), or
     *                                  its day cannot be told
     */
    public MatchResult match(Path file, Optional<LocalDate> day) throws TransactionFileException {
        TransactionFile read = reader.read(file);
        BusinessDay covered = new BusinessDay(day.or(read::dayInName).or(() -> singleDay(read))
                .orElseThrow(() -> new TransactionFileException(TransactionFileException.Problem.DAY_UNKNOWN, 0,
                        "cannot tell which business day " + read.name()
                        + " covers: its name is not PayPay's (transaction_<merchant>_<from>_<to>.csv) and its lines"
                        + " fall on " + (read.lines().isEmpty() ? "no day" : "several days")
                        + "; give the day")));
        FileMatcher.Outcome outcome = new FileMatcher(journal, ourTerminals).match(read, covered);
        FileMatchRecord kept = journal.insertFileMatch(outcome.match());
        return new MatchResult(kept, outcome.terminals(), outcome.otherTerminals());
    }

    /** Reads, matches and keeps, as End of day shows it; see {@link #match(Path, Optional)}. */
    public FileCheck check(Path file, LocalDate day) throws TransactionFileException {
        return FileCheck.of(match(file, Optional.of(day)).kept());
    }

    /** The latest match kept for a business day, as End of day shows it. */
    public Optional<FileCheck> latestCheck(LocalDate day) {
        return latestOn(day).map(FileCheck::of);
    }

    /** The latest match kept for a business day, if any. */
    public Optional<FileMatchRecord> latestOn(LocalDate day) {
        return journal.fileMatchesOn(new BusinessDay(day)).stream().findFirst();
    }

    /** Every match kept for a business day, newest first. */
    public List<FileMatchRecord> matchesOn(LocalDate day) {
        return journal.fileMatchesOn(new BusinessDay(day));
    }

    private static Optional<LocalDate> singleDay(TransactionFile file) {
        Set<LocalDate> days = file.lines().stream().map(l -> BusinessDay.of(l.acceptedAt()).date())
                .collect(Collectors.toSet());
        return days.size() == 1 ? Optional.of(days.iterator().next()) : Optional.empty();
    }
}
