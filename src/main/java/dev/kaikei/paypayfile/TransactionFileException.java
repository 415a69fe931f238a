package dev.kaikei.paypayfile;

/**
 * A PayPay transaction file that cannot be used: wrong encoding, missing columns, a cell that is not what PayPay
 * writes. The message names the line (1 = the header) so the owner can look at it; nothing was kept.
 */
public final class TransactionFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What kind of problem it is, so a command can answer with the right exit code. */
    public enum Problem {
        /** The file is missing or cannot be read. */
        UNREADABLE,
        /** Its content is not a valid PayPay transaction file. */
        INVALID,
        /** It is valid, but which business day it covers cannot be told: the day must be given. */
        DAY_UNKNOWN
    }

    private final Problem problem;
    private final int lineNumber;

    TransactionFileException(int lineNumber, String message) {
        this(Problem.INVALID, lineNumber, message);
    }

    TransactionFileException(Problem problem, int lineNumber, String message) {
        super(lineNumber > 0 ? "line " + lineNumber + ": " + message : message);
        this.problem = problem;
        this.lineNumber = lineNumber;
    }

    public Problem problem() {
        return problem;
    }

    /** The line the problem is on (1 = the header), or 0 when it concerns the whole file. */
    public int lineNumber() {
        return lineNumber;
    }
}
