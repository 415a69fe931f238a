package dev.kaikei.ui.common;

import java.util.Locale;

/** The colour family a checkout state is shown in; each maps to one style class and one looked-up colour. */
public enum Tone {
    NEUTRAL, SUCCESS, WARNING, DANGER;

    public String styleClass() {
        return "tone-" + name().toLowerCase(Locale.ROOT);
    }
}
