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
    /** Holds the connection open without answering for {@code holdMillis}, then closes it. */
    NO_RESPONSE,
    /** Closes the connection without any response. */
    CONNECTION_RESET,
    /** Performs the operation and sends its answer cut in half (valid HTTP, unparseable JSON). */
    TRUNCATED_BODY,
    /** Performs the operation, then answers 500 {@code INTERNAL_SERVER_ERROR}. */
    COMMIT_THEN_FAIL;

    /** Whether the operation takes effect before the fault is shown (always, or when the rule asks for it). */
    boolean commitsFirst(boolean ruleCommit) {
        return this == TRUNCATED_BODY || this == COMMIT_THEN_FAIL || (ruleCommit && this != LATENCY);
    }
}
