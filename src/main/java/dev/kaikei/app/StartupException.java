package dev.kaikei.app;

/**
 * The app could not start: the journal cannot be opened, another Kaikei process is using it, or the cashier window
 * cannot open. The message is meant
 * for the operator as is (which file, why, what to do) and never contains a secret.
 */
public final class StartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why start-up failed, so a command line can map it to an exit code. */
    public enum Reason {
        /** The journal file cannot be created, opened or migrated. */
        JOURNAL,
        /** Another Kaikei process (the cashier app or a command) holds the journal. */
        IN_USE,
        /** The cashier window cannot open (no display, no GTK). */
        WINDOW
    }

    private final Reason reason;

    public StartupException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
