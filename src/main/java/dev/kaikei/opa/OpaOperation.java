package dev.kaikei.opa;

/** Every PayPay operation the client performs, with its HTTP method, PayPay API name and timeout class (§4.1). */
public enum OpaOperation {
    CREATE_QR_CODE("POST", "v2_createDynamicQRCode", TimeoutClass.MONEY_MOVING),
    GET_QR_PAYMENT_DETAILS("GET", "v2_getQRPaymentDetails", TimeoutClass.QUERY),
    DELETE_QR_CODE("DELETE", "v2_deleteDynamicQRCode", TimeoutClass.QUERY),
    CREATE_PAYMENT("POST", "v2_createPayment", TimeoutClass.MONEY_MOVING),
    GET_PAYMENT_DETAILS("GET", "v2_getPaymentDetail", TimeoutClass.QUERY),
    CANCEL_PAYMENT("DELETE", "v2_cancelPayment", TimeoutClass.QUERY),
    REFUND("POST", "v2_createRefundPayment", TimeoutClass.MONEY_MOVING),
    GET_REFUND_DETAILS("GET", "v2_getRefundDetails", TimeoutClass.QUERY),
    PRE_AUTHORIZE("POST", "v2_createOrderAndAuthorize", TimeoutClass.MONEY_MOVING),
    CAPTURE("POST", "v2_captureAuthorizedOrder", TimeoutClass.MONEY_MOVING),
    REVERT_AUTHORIZATION("POST", "v2_revertAuthorizedOrder", TimeoutClass.MONEY_MOVING),
    CREATE_ACCOUNT_LINK_QR_SESSION("POST", "v1_qrSession", TimeoutClass.ACCOUNT_LINK),
    GET_USER_AUTHORIZATION_STATUS("GET", "v2_userAuthStatus", TimeoutClass.QUERY),
    UNLINK_USER("DELETE", "v2_unlinkUser", TimeoutClass.QUERY),
    CHECK_WALLET_BALANCE("GET", "v2_checkWalletBalance", TimeoutClass.QUERY);

    /** Which of the {@link Timeouts} read timeouts applies. */
    public enum TimeoutClass { MONEY_MOVING, QUERY, ACCOUNT_LINK }

    private final String method;
    private final String apiName;
    private final TimeoutClass timeoutClass;

    OpaOperation(String method, String apiName, TimeoutClass timeoutClass) {
        this.method = method;
        this.apiName = apiName;
        this.timeoutClass = timeoutClass;
    }

    public String method() {
        return method;
    }

    /** PayPay's api_name, as used by its error "resolve" page. */
    public String apiName() {
        return apiName;
    }

    public TimeoutClass timeoutClass() {
        return timeoutClass;
    }

    public boolean hasBody() {
        return "POST".equals(method);
    }
}
