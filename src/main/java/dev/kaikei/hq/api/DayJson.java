package dev.kaikei.hq.api;

import dev.kaikei.hq.figures.PeriodFigures;
import dev.kaikei.hq.figures.StoreFigures;
import dev.kaikei.hq.figures.TerminalFigures;
import dev.kaikei.hq.figures.Totals;
import java.util.List;

/** The body of {@code GET /api/v1/days/{date}}, field for field. */
record DayJson(String date, long netYen, List<Store> stores) {

    record Store(String storeId, List<Terminal> terminals) {
    }

    record Terminal(String terminalId, long salesCount, long salesYen, long refundsYen, long cancelsYen, long netYen,
                    long unresolved, String lastSyncAt) {
    }

    static DayJson of(PeriodFigures figures) {
        return new DayJson(figures.from().toString(), figures.totals().netYen(),
                figures.stores().stream().map(DayJson::store).toList());
    }

    private static Store store(StoreFigures s) {
        return new Store(s.storeId(), s.terminals().stream().map(DayJson::terminal).toList());
    }

    private static Terminal terminal(TerminalFigures t) {
        Totals n = t.totals();
        return new Terminal(t.terminalId(), n.salesCount(), n.salesYen(), n.refundsYen(), n.cancelsYen(), n.netYen(),
                n.unresolved(), t.lastSyncAt().map(Object::toString).orElse(null));
    }
}
