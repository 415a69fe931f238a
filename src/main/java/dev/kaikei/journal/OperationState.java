package dev.kaikei.journal;

/** The local state of an operation (refund, cancel, capture, revert, code delete). */
public enum OperationState {
    /** Committed before the request is sent; no answer yet. */
    PENDING(false, false),
    /** PayPay accepted it but finishes asynchronously (e.g. a refund in status CREATED): follow it up. */
    ACCEPTED(false, false),
    /** Outcome unknown: must be resolved with the same id. */
    UNKNOWN(false, true),
    SUCCEEDED(true, false),
    /** Definitively rejected: it did not happen. */
    REJECTED(true, false);

    private final boolean isFinal;
    private final boolean needsAttention;

    OperationState(boolean isFinal, boolean needsAttention) {
        this.isFinal = isFinal;
        this.needsAttention = needsAttention;
    }

    public boolean isFinal() {
        return isFinal;
    }

    /** True if a person must look at every operation in this state, whatever its age. */
    public boolean needsAttention() {
        return needsAttention;
    }
}
