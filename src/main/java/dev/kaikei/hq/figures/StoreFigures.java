package dev.kaikei.hq.figures;

import java.util.List;

/** A store's tills' figures, ordered by terminal id. */
public record StoreFigures(String storeId, List<TerminalFigures> terminals) {

    public Totals totals() {
        return Totals.sum(terminals, TerminalFigures::totals);
    }
}
