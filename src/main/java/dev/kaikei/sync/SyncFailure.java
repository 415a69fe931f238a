package dev.kaikei.sync;

import java.io.IOException;

/** A push that did not reach HQ or that HQ did not accept; the batch stays in the outbox. */
final class SyncFailure extends IOException {

    private static final long serialVersionUID = 1L;

    private final boolean refused;

    SyncFailure(String message, boolean refused) {
        super(message);
        this.refused = refused;
    }

    SyncFailure(String message, Throwable cause) {
        super(message, cause);
        this.refused = false;
    }

    /** HQ refused the terminal token: retrying will not help until the token changes. */
    boolean refused() {
        return refused;
    }
}
