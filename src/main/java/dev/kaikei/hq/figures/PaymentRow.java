package dev.kaikei.hq.figures;

import java.time.Instant;

/** A synced payment as the back office lists it. */
public record PaymentRow(String storeId, String terminalId, String merchantPaymentId, String paypayPaymentId,
                         Instant createdAt, String kind, long amount, long saleYen, String state, String description,
                         String attention) {
}
