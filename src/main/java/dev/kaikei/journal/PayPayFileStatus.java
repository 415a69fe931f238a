package dev.kaikei.journal;

/**
 * A line's transaction status in PayPay's daily file: the instant file's 取引完了 / 取引失敗 / 返金完了 / 返金失敗 and the
 * pre-auth file's AUTHORIZED / CANCELED / COMPLETED / EXPIRED / FAILED / REFUNDED, as one set.
 */
public enum PayPayFileStatus {
    /** 取引完了, or a pre-auth capture (COMPLETED): money taken. */
    COMPLETED(true),
    /** 取引失敗 / FAILED: no money moved (a cancelled payment ends here too). */
    FAILED(false),
    /** 返金完了 / REFUNDED: money returned; the amount is negative in the instant file. */
    REFUNDED(true),
    /** 返金失敗: the refund did not happen. */
    REFUND_FAILED(false),
    /** A pre-auth authorization (money blocked, not yet taken). */
    AUTHORIZED(false),
    /** A pre-auth authorization reverted (merchantRevertId). */
    CANCELED(false),
    /** A pre-auth authorization that expired uncaptured. */
    EXPIRED(false);

    private final boolean movesMoney;

    PayPayFileStatus(boolean movesMoney) {
        this.movesMoney = movesMoney;
    }

    /** True for the lines whose amounts make up PayPay's total of the day (sales and refunds). */
    public boolean movesMoney() {
        return movesMoney;
    }
}
