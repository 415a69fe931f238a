package dev.kaikei.hq;

/** A problem HQ reports to a person in one clear sentence (bad database settings, unknown user, ...). */
public class HqException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HqException(String message) {
        super(message);
    }

    public HqException(String message, Throwable cause) {
        super(message, cause);
    }
}
