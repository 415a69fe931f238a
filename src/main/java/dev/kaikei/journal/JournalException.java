package dev.kaikei.journal;

/** The journal could not be opened, read or written; the message says which file and why. Nothing half-written. */
public class JournalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JournalException(String message) {
        super(message);
    }

    public JournalException(String message, Throwable cause) {
        super(message, cause);
    }
}
