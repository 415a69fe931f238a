package dev.kaikei.ui.common;

import java.util.Objects;

/**
 * A one-line message to the person at the screen ("Saved.", "Enter an amount") and the colour family it is shown in.
 * Every screen reports this way; {@link StatusLabel} shows it.
 */
public record StatusMessage(String text, Tone tone) {

    public static final StatusMessage NONE = new StatusMessage("", Tone.NEUTRAL);

    public StatusMessage {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tone, "tone");
    }

    public static StatusMessage neutral(String text) {
        return new StatusMessage(text, Tone.NEUTRAL);
    }

    public static StatusMessage success(String text) {
        return new StatusMessage(text, Tone.SUCCESS);
    }

    public static StatusMessage warning(String text) {
        return new StatusMessage(text, Tone.WARNING);
    }

    public static StatusMessage danger(String text) {
        return new StatusMessage(text, Tone.DANGER);
    }

    /** True for a problem the person has to fix or act on. */
    public boolean isProblem() {
        return tone == Tone.DANGER;
    }
}
