package dev.kaikei.receipt;

/** Why a receipt printer did not take a receipt; each comes with what the cashier can do about it. */
public enum PrinterProblem {
    /** No receipt printer is set up ({@code printer.type=none}). */
    NOT_CONFIGURED,
    /** Nothing answers at the address, or the device file is missing: the printer is off or unplugged. */
    UNREACHABLE,
    /** The printer says its roll is empty. */
    OUT_OF_PAPER,
    /** The printer says its cover is open. */
    COVER_OPEN,
    /** The printer reports an error or stopped taking data. */
    NOT_RESPONDING,
    /** The device file cannot be written by this user. */
    NO_PERMISSION
}
