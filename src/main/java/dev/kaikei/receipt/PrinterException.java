package dev.kaikei.receipt;

/** A receipt printer did not take a receipt. The message says what is wrong in the cashier's terms. */
public final class PrinterException extends Exception {

    private static final long serialVersionUID = 1L;

    private final PrinterProblem problem;

    public PrinterException(PrinterProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public PrinterException(PrinterProblem problem, String message) {
        this(problem, message, null);
    }

    public PrinterProblem problem() {
        return problem;
    }
}
