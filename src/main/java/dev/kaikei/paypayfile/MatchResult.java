package dev.kaikei.paypayfile;

import dev.kaikei.journal.FileMatchRecord;
import java.util.List;

/**
 * What matching a PayPay transaction file found, as kept in the journal plus the figures per store and terminal.
 *
 * @param kept           the kept match: file, day, totals and every difference
 * @param terminals      the figures of this journal's stores and terminals, by store then terminal
 * @param otherTerminals lines of terminals this journal does not keep (another till's file lines), not matched here
 */
public record MatchResult(FileMatchRecord kept, List<TerminalTotals> terminals, List<TerminalTotals> otherTerminals) {

    public MatchResult {
        terminals = List.copyOf(terminals);
        otherTerminals = List.copyOf(otherTerminals);
    }

    public boolean allMatch() {
        return kept.allMatch();
    }
}
