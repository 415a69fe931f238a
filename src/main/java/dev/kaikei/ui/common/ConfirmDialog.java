package dev.kaikei.ui.common;

import java.util.function.Consumer;

/** Asks the cashier a yes/no question; the view model only ever sees this, never an Alert. */
@FunctionalInterface
public interface ConfirmDialog {

    /**
     * Shows the question and calls {@code answer} on the UI thread once: true for {@code confirmText}, false for
     * cancel or close.
     */
    void confirm(String title, String question, String confirmText, Consumer<Boolean> answer);
}
