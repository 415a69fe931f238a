package dev.kaikei.paypayfile;

import dev.kaikei.journal.FileDifference;
import dev.kaikei.journal.FileMatchRecord;
import dev.kaikei.journal.NewFileMatch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A kept match of a PayPay transaction file as End of day shows it: which file, when, both totals and what differed.
 *
 * @param otherTerminalLines lines of other tills, not matched here
 * @param differences        in file order, then the journal's
 */
public record FileCheck(String fileName, Instant matchedAt, LocalDate day, int lines, long paypayTotal,
                        long journalTotal, int otherTerminalLines, List<Line> differences) {

    /** What differs. */
    public enum Kind { ONLY_IN_PAYPAY, ONLY_IN_JOURNAL, AMOUNT_DIFFERS, STATUS_DIFFERS }

    /**
     * One difference.
     *
     * @param lineNumber   the file's line, null when only the journal has it
     * @param paypayAmount as in the file (refunds negative), null when only the journal has it
     * @param journalAmount what the journal holds, null when only PayPay has it
     */
    public record Line(Kind kind, Integer lineNumber, String merchantId, String terminalId, Long paypayAmount,
                       Long journalAmount) {
    }

    public FileCheck {
        differences = List.copyOf(differences);
    }

    public boolean allMatch() {
        return differences.isEmpty();
    }

    static FileCheck of(FileMatchRecord kept) {
        NewFileMatch m = kept.match();
        return new FileCheck(m.fileName(), kept.matchedAt(), m.day().date(), m.lineCount(), m.paypayTotal(),
                m.journalTotal(), m.otherTerminalLines(), m.differences().stream().map(FileCheck::line).toList());
    }

    private static Line line(FileDifference d) {
        return new Line(Kind.valueOf(d.kind().name()), d.lineNumber(), d.merchantId(), d.terminalId(),
                d.paypayAmount(), d.journalAmount());
    }
}
