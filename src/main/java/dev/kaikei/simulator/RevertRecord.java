package dev.kaikei.simulator;

/** The revert (cancellation) of an authorization. */
record RevertRecord(String merchantRevertId, String paymentId, Long requestedAt, String reason, long acceptedAt) {
}
