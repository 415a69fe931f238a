package dev.kaikei.simulator;

/** A capture of an authorized payment: completed, or (as a payment's pending capture) waiting for the customer. */
record CaptureRecord(String merchantCaptureId, long amount, String orderDescription, Long requestedAt,
                     long acceptedAt) {
}
