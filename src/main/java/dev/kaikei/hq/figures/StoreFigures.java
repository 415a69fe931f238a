package dev.kaikei.hq.figures;

import java.util.List;

/** A store's tills' figures, ordered by terminal id. */
public record StoreFigures(String storeId, List<TerminalFigures> terminals) {

    public long salesCount() {
        return terminals.stream().mapToLong(TerminalFigures::salesCount).sum();
    }

    public long salesYen() {
        return terminals.stream().mapToLong(TerminalFigures::salesYen).sum();
    }

    public long refundsYen() {
        return terminals.stream().mapToLong(TerminalFigures::refundsYen).sum();
    }

    public long cancelsYen() {
        return terminals.stream().mapToLong(TerminalFigures::cancelsYen).sum();
    }

    public long netYen() {
        return terminals.stream().mapToLong(TerminalFigures::netYen).sum();
    }

    public long unresolved() {
        return terminals.stream().mapToLong(TerminalFigures::unresolved).sum();
    }
}
