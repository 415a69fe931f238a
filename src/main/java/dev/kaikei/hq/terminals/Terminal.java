package dev.kaikei.hq.terminals;

import java.time.Instant;
import java.util.Optional;

/**
 * An enrolled till.
 *
 * @param ref        HQ's own key of it
 * @param storeId    the store it belongs to
 * @param terminalId its id within the business (unique together with the store)
 * @param lastSeq    the highest sequence number it pushed
 * @param lastSyncAt when it last pushed, empty if never
 * @param revoked    its token no longer works
 */
public record Terminal(long ref, String storeId, String terminalId, long lastSeq, Optional<Instant> lastSyncAt,
                       boolean revoked) {
}
