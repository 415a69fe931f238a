package dev.kaikei.simulator;

/** The PayPay API operations the simulator serves; fault rules name them ({@link #ANY} matches every one). */
public enum Operation {
    CREATE_QR, GET_QR_PAYMENT, DELETE_QR, CREATE_PAYMENT, GET_PAYMENT, CANCEL_PAYMENT, REFUND, GET_REFUND, CAPTURE,
    REVERT, PREAUTHORIZE, ACCOUNT_LINK, USER_AUTH_STATUS, UNLINK, WALLET_BALANCE, ANY;

    boolean matches(Operation actual) {
        return this == ANY || this == actual;
    }
}
