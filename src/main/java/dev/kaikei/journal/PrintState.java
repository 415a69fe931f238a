package dev.kaikei.journal;

/** How one print of a receipt went. */
public enum PrintState {
    /** Handed to the print queue; not confirmed yet (after a crash: treated as waiting). */
    SENDING,
    /** Printed, saved or shown. */
    DONE,
    /** The printer could not take it (off, out of paper, unreachable): waits in the reprint queue. */
    WAITING,
    /** A waiting print the cashier chose not to print. */
    DISMISSED
}
