package dev.kaikei.journal;

/**
 * Cash about to go into or out of the drawer.
 *
 * @param kind      why
 * @param amount    yen, ≥ 0 (0 only for a no-sale); the kind gives the direction
 * @param reason    what a person typed (required for paid-in and paid-out, ≤ 255)
 * @param reference the sale it belongs to, if any (≤ 64)
 */
public record NewCashMovement(CashMovementKind kind, long amount, String reason, String reference) {

    public NewCashMovement {
        Check.required("kind", kind);
        if (kind == CashMovementKind.NO_SALE) {
            if (amount != 0) {
                throw new IllegalArgumentException("a no-sale moves no money (got " + amount + ")");
            }
        } else {
            Check.amount("amount", amount);
        }
        if ((kind == CashMovementKind.PAID_IN || kind == CashMovementKind.PAID_OUT)
                && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a " + (kind == CashMovementKind.PAID_IN ? "paid-in" : "paid-out")
                    + " needs a reason");
        }
        reason = reason == null ? null : reason.strip();
        Check.text("reason", reason);
        Check.text("reference", reference, 64);
    }

    /** The signed effect on the drawer. */
    public long signedAmount() {
        return kind.sign() * amount;
    }
}
