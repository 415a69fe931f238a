package dev.kaikei.simulator;

/** PayPay's payment {@code status} values that the simulator produces (§11 status transitions). */
public enum PaymentStatus {
    CREATED, AUTHORIZED, COMPLETED, REFUNDED, FAILED, CANCELED, EXPIRED
}
