package dev.kaikei.hq.people;

/** What a back-office user may see. */
public enum Role {
    /** Every store. */
    OWNER,
    /** One store. */
    MANAGER
}
