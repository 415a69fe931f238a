package dev.kaikei.journal;

/** Where a shop customer is in PayPay's account-link flow. */
public enum CustomerStatus {
    LINKING, LINKED, UNLINKED
}
