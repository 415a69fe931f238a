package dev.kaikei.journal;

/** A merchant-side id (or another unique key) is already in the journal; nothing was written. */
public final class DuplicateIdException extends JournalException {

    private static final long serialVersionUID = 1L;

    public DuplicateIdException(String message, Throwable cause) {
        super(message, cause);
    }
}
