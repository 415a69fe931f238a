package dev.kaikei.till;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the cashier is told after a close: business day {@code closedDay} was closed at {@code closedAt}, so sales now
 * belong to {@code salesDay}.
 */
public record DayClosed(LocalDate closedDay, Instant closedAt, LocalDate salesDay) {
}
