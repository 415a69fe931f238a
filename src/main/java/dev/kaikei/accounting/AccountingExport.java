package dev.kaikei.accounting;

import dev.kaikei.files.OwnerOnly;
import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.Journal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The accounting export: business days' takings as an import file of freee or Money Forward. */
public final class AccountingExport {

    /** A year of days at most per file: both products import one fiscal year at a time. */
    public static final int MAX_DAYS = 366;

    private final DayTakingsReader reader;

    public AccountingExport(Journal journal) {
        this.reader = new DayTakingsReader(journal);
    }

    /** The takings of one business day. */
    public DayTakings takings(LocalDate day) {
        return reader.read(new BusinessDay(day));
    }

    /**
     * The entries of the business days {@code from}..{@code to} (inclusive).
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to} or the range is longer than a year
     */
    public List<EntryLine> entries(LocalDate from, LocalDate to, EntryFormat format) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        if (from.plusDays(MAX_DAYS).isBefore(to.plusDays(1))) {
            throw new IllegalArgumentException("at most " + MAX_DAYS + " days per file (" + from + " to " + to
                    + " is longer)");
        }
        List<DayTakings> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(takings(d));
        }
        return AccountingEntries.of(days, format);
    }

    /**
     * Writes the file completely or not at all, owner-only (it holds the shop's takings). Returns its entry lines.
     *
     * @throws UncheckedIOException if it cannot be written
     */
    public int write(LocalDate from, LocalDate to, EntryFormat format, Path target) {
        List<EntryLine> lines = entries(from, to, format);
        try {
            Path dir = target.toAbsolutePath().getParent();
            OwnerOnly.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".accounting", ".csv");
            try {
                Files.write(tmp, format.write(lines));
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return lines.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
