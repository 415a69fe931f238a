package dev.kaikei.hq.figures;

import dev.kaikei.sync.wire.SyncedPayment;
import java.time.Instant;

/** A synced payment as the back office lists it. */
public record PaymentRow(String storeId, String terminalId, String merchantPaymentId, String paypayPaymentId,
                         Instant createdAt, SyncedPayment.Kind kind, long amount, long saleYen,
                         SyncedPayment.State state, String description, String attention) {
}
