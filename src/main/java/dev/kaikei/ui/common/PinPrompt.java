package dev.kaikei.ui.common;

import java.util.Optional;

/** Asks the manager for the PIN; a dialog in the app, a scripted answer in tests. Called on the UI thread. */
public interface PinPrompt {

    /**
     * @param title   what is about to happen ("Refund ¥1,200")
     * @param message the consequence, shown above the PIN field
     * @return the PIN typed (the caller wipes it), or empty if the manager cancelled
     */
    Optional<char[]> ask(String title, String message);

    /**
     * Tells the manager why the PIN was not taken, for callers with no message line of their own (the kiosk's locks).
     *
     * @param title  the title the PIN was asked under
     * @param reason what happened and what to do ("Try again in 30 s.")
     */
    void refused(String title, String reason);
}
