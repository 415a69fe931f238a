package dev.kaikei.ui;

import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;

/**
 * One section's screen as the shell handles it: the view, and what to do when it is shown, left, focused or closed,
 * and which keys it takes. Built by {@link ScreenFactory}; the shell never needs to know which screen it is.
 *
 * @param view    the screen's root node
 * @param shown   runs each time the section is shown (load, follow the journal)
 * @param hidden  runs when another section is shown (stop following)
 * @param focus   puts the focus where the cashier starts typing
 * @param close   runs when the screen is dropped (window closed, language switched)
 * @param keys    the screen's keyboard shortcuts; true if it used the key
 */
record SectionScreen(Node view, Runnable shown, Runnable hidden, Runnable focus, Runnable close,
                     Predicate<KeyEvent> keys) {

    private static final Runnable NOTHING = () -> { };

    /** A screen that only needs to load when shown. */
    static SectionScreen of(Node view, Runnable shown) {
        return new SectionScreen(view, shown, NOTHING, NOTHING, NOTHING, key -> false);
    }

    /** A screen that follows something while shown and lets go when hidden or closed. */
    static SectionScreen following(Node view, Runnable shown, Runnable hidden, Runnable close) {
        return new SectionScreen(view, shown, hidden, NOTHING, close, key -> false);
    }
}
