package dev.kaikei.journal;

/** A mid-day 点検 (check, any number per session) or the 精算 count of the close (one per session). */
public enum CountKind {
    CHECK,
    CLOSE
}
