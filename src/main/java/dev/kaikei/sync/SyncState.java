package dev.kaikei.sync;

/** Where this till's sync with HQ stands. */
public enum SyncState {
    /** No {@code hq.url} / {@code hq.token}: the till works alone. */
    NOT_CONFIGURED,
    /** Not pushed yet since start. */
    STARTING,
    /** The last push reached HQ. */
    SYNCED,
    /** HQ could not be reached or answered with an error; the next try comes after a backoff. */
    RETRYING,
    /** HQ refused the terminal token (revoked or wrong): nothing leaves until the token is fixed. */
    REFUSED
}
