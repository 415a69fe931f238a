package dev.kaikei.simulator;

/** What a fault rule does to a matching PayPay API call. */
public enum FaultKind {
    /** Waits {@code latencyMillis}, then answers normally. */
    LATENCY,
    /** 500 {@code INTERNAL_SERVER_ERROR} 08101000 (unknown outcome for the client). */
    HTTP_500,
    /** 502 with an HTML body, as a gateway sends it. */
    HTTP_502,
    /** 503 {@code MAINTENANCE_MODE} 08100999. */
    HTTP_503,
    /** 504 with an empty body. */
    HTTP_504,
    /** 429 {@code RATE_LIMIT} 08100998 with a {@code Retry-After} header. */
    RATE_LIMIT,
    /** 401 {@code UNAUTHORIZED} 08100016, as PayPay answers a bad or replayed signature or a skewed clock. */
    UNAUTHORIZED,
    /**
     * 400 {@code THROTTLED_MULTIPLE_REFUND_REJECTED}: PayPay's "a similar request is in progress, retry after a
     * minute" (documented for refunds; answered for any operation the rule names).
     */
    THROTTLED,
    /** Holds the connection open without answering for {@code holdMillis}, then closes it. */
    NO_RESPONSE,
    /** Closes the connection without any response. */
    CONNECTION_RESET,
    /** Performs the operation and sends its answer cut in half (valid HTTP, unparseable JSON). */
    TRUNCATED_BODY,
    /** Performs the operation, then answers 500 {@code INTERNAL_SERVER_ERROR}. */
    COMMIT_THEN_FAIL;

    /** A refusal that says "not now", not "never": the request was not carried out this time. */
    public boolean isTransientRefusal() {
        return this == RATE_LIMIT || this == UNAUTHORIZED || this == THROTTLED;
    }

    /** Whether the operation takes effect before the fault is shown (always, or when the rule asks for it). */
    boolean commitsFirst(boolean ruleCommit) {
        return this == TRUNCATED_BODY || this == COMMIT_THEN_FAIL || (ruleCommit && this != LATENCY);
    }
}
