package dev.kaikei.sale;

/**
 * The part of a sale paid in cash.
 *
 * @param amount   yen of the sale this pays, ≥ 1
 * @param received yen handed over by the customer, ≥ amount; the difference is the change
 */
public record CashTender(long amount, long received) implements Tender {

    public CashTender {
        if (amount < 1 || amount > Sale.MAX_TOTAL) {
            throw new IllegalArgumentException("a cash tender must be ¥1.." + Sale.MAX_TOTAL + " (got " + amount + ")");
        }
        if (received < amount || received > Sale.MAX_TOTAL * 10) {
            throw new IllegalArgumentException("cash received (¥" + received + ") must cover the amount (¥" + amount
                    + ")");
        }
    }

    /** Cash paying exactly the amount. */
    public static CashTender exact(long amount) {
        return new CashTender(amount, amount);
    }

    /** What goes back to the customer. */
    public long change() {
        return received - amount;
    }

    @Override
    public TenderKind kind() {
        return TenderKind.CASH;
    }
}
