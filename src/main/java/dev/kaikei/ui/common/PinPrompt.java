package dev.kaikei.ui.common;

import java.util.Optional;

/** Asks the manager for the PIN; a dialog in the app, a scripted answer in tests. Called on the UI thread. */
@FunctionalInterface
public interface PinPrompt {

    /**
     * @param title   what is about to happen ("Refund ¥1,200")
     * @param message the consequence, shown above the PIN field
     * @return the PIN typed (the caller wipes it), or empty if the manager cancelled
     */
    Optional<char[]> ask(String title, String message);
}
