package dev.kaikei.ui;

/**
 * The cashier window cannot open: the JavaFX toolkit did not start, typically because there is no display (started
 * over SSH, or from a service without a desktop session) or no GTK 3. The message says so in words an operator can act
 * on; the toolkit's own error is the cause.
 */
public final class WindowUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    WindowUnavailableException(Throwable cause) {
        super("Kaikei's window cannot open: " + cause.getMessage() + ". The cashier app needs a graphical desktop"
                + " (DISPLAY set, GTK 3 installed); commands such as `kaikei report` run without one"
                + " (kaikei --help lists them).", cause);
    }
}
