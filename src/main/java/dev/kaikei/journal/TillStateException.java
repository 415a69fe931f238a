package dev.kaikei.journal;

/** A till action that does not fit the till's state (opening an open till, checking a closed one); nothing changed. */
public class TillStateException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public TillStateException(String message) {
        super(message);
    }
}
