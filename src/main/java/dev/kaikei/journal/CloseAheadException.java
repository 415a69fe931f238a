package dev.kaikei.journal;

import java.time.LocalDate;

/**
 * A close (精算) was asked for while today's business day is closed already: it would close the next business day.
 * Nothing changed; the cashier confirms it to go ahead.
 */
public final class CloseAheadException extends TillStateException {

    private static final long serialVersionUID = 1L;

    private final LocalDate closing;

    CloseAheadException(BusinessDay closing, BusinessDay today) {
        super("business day " + today.date() + " is closed already; closing again now would close "
                + closing.date() + " (sales since the last close belong to it). Confirm to close " + closing.date());
        this.closing = closing.date();
    }

    /** The business day the close would close. */
    public LocalDate closing() {
        return closing;
    }
}
