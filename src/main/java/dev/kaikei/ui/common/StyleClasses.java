package dev.kaikei.ui.common;

import java.util.Collection;
import javafx.scene.Node;

/** Small helpers for switching style classes from bound state. */
public final class StyleClasses {

    private StyleClasses() {
    }

    /** Adds or removes one style class. */
    public static void toggle(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }

    /** Replaces whichever of {@code family} the node has with {@code chosen}. */
    public static void choose(Node node, Collection<String> family, String chosen) {
        node.getStyleClass().removeAll(family);
        node.getStyleClass().add(chosen);
    }
}
