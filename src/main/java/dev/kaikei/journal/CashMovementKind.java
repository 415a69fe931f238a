package dev.kaikei.journal;

/**
 * Why cash went into or out of the drawer other than by a sale (a sale's cash tender is its own record); the sign says
 * which way it moves the expected cash.
 */
public enum CashMovementKind {
    /** Cash put in for a reason other than a sale (e.g. more change from the bank). */
    PAID_IN(1),
    /** Cash taken out for a reason (e.g. buying milk from the till). */
    PAID_OUT(-1),
    /** The drawer opened without a sale (behind the manager PIN); no money moves. */
    NO_SALE(0),
    /** Cash handed back for a returned cash sale. */
    CASH_REFUND(-1);

    private final int sign;

    CashMovementKind(int sign) {
        this.sign = sign;
    }

    /** +1 into the drawer, -1 out of it, 0 for a no-sale. */
    public int sign() {
        return sign;
    }
}
