package dev.kaikei.simulator;

/**
 * PayPay's payment {@code status} values that the simulator produces (§11 status transitions). {@code REAUTHORIZING}:
 * a capture above the allowed limit waits for the customer's confirmation.
 */
public enum PaymentStatus {
    CREATED, AUTHORIZED, REAUTHORIZING, COMPLETED, REFUNDED, FAILED, CANCELED, EXPIRED
}
