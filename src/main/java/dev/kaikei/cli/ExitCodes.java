package dev.kaikei.cli;

/**
 * The exit codes of every {@code kaikei} command, in one place so they stay consistent; the {@code L_*} strings are
 * the help lines of the codes several commands share.
 */
public final class ExitCodes {

    public static final int OK = 0;
    /** An unexpected error (a bug or an environment problem): the stack trace is printed. */
    public static final int ERROR = 1;
    /** A bad flag or argument (picocli's usage error code); nothing was journaled or sent. */
    public static final int USAGE = 2;
    /** The customer declined, or PayPay / the payment rules refused the action: nothing happened. */
    public static final int REFUSED = 3;
    /** The QR code expired unpaid. */
    public static final int EXPIRED = 4;
    /** PayPay refused to create the QR code: nothing was charged. */
    public static final int FAILED = 5;
    /** The outcome is not confirmed yet: the reconciler keeps checking; never charge or refund again blindly. */
    public static final int UNRESOLVED = 6;
    /** No payment with that id in the journal. */
    public static final int NOT_FOUND = 7;
    /** An input file's content is not valid (EX_DATAERR), e.g. a broken PayPay transaction file: nothing was kept. */
    public static final int DATA_ERROR = 65;
    /** An input file is missing or cannot be read (EX_NOINPUT). */
    public static final int NO_INPUT = 66;
    /** The output file exists (without --force) or cannot be written (EX_CANTCREAT). */
    public static final int CANT_CREATE = 73;
    /** The journal cannot be opened (EX_IOERR). */
    public static final int JOURNAL = 74;
    /** Another Kaikei process holds the journal (EX_TEMPFAIL): close it and retry. */
    public static final int IN_USE = 75;
    /** Invalid configuration (EX_CONFIG). */
    public static final int CONFIG = 78;
    /** Interrupted (Ctrl-C / SIGTERM). */
    public static final int INTERRUPTED = 130;

    static final String L_OK = "0:Success.";
    static final String L_ERROR = "1:Unexpected error, or the cashier window cannot open (no display).";
    static final String L_USAGE = "2:Bad flag or argument; nothing was journaled or sent.";
    static final String L_NOT_FOUND = "7:No payment with that id in the journal.";
    static final String L_JOURNAL = "74:The journal cannot be opened.";
    static final String L_IN_USE = "75:The journal is in use by another Kaikei process (the cashier app?).";
    static final String L_CONFIG = "78:Invalid configuration.";

    private ExitCodes() {
    }
}
