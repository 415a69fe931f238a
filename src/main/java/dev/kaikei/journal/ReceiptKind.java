package dev.kaikei.journal;

/** A receipt for a sale, or a return receipt (返還インボイス) for a refund or cancel of it. */
public enum ReceiptKind {
    SALE,
    RETURN
}
