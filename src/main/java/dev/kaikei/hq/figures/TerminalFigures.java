package dev.kaikei.hq.figures;

import java.time.Instant;
import java.util.Optional;

/**
 * One till's figures for a day or range.
 *
 * @param storeId    its store
 * @param terminalId its id
 * @param totals     its figures
 * @param lastSyncAt when the till last pushed, empty if never
 */
public record TerminalFigures(String storeId, String terminalId, Totals totals, Optional<Instant> lastSyncAt) {
}
