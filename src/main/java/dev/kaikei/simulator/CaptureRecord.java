package dev.kaikei.simulator;

/** A completed capture of an authorized payment. */
record CaptureRecord(String merchantCaptureId, long amount, String orderDescription, Long requestedAt,
                     long acceptedAt) {
}
