package dev.kaikei.payment;

/** Where a shop customer stands with PayPay's account link: waiting for approval, linked (chargeable), or unlinked. */
public enum CustomerLinkStatus {
    LINKING, LINKED, UNLINKED
}
