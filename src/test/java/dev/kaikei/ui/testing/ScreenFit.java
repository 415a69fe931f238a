package dev.kaikei.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;

/**
 * What a person would see as broken in a laid-out scene: a control, text or image that reaches outside the window
 * (and is not in a scrolling area, where the rest is a scroll away), or a label shortened with an ellipsis. Call on
 * the FX thread.
 */
public final class ScreenFit {

    /** Half a pixel of rounding. */
    private static final double SLACK = 0.5;

    private ScreenFit() {
    }

    /** Every problem in {@code scene}, as text naming the node; empty when everything fits. */
    public static List<String> problems(Scene scene) {
        List<String> problems = new ArrayList<>();
        walk(scene.getRoot(), scene, problems, false);
        return problems;
    }

    /** The smaller side of each keypad key and the Charge button on screen. */
    public static List<Double> keySizes(Scene scene) {
        List<Double> sizes = new ArrayList<>();
        for (String id : List.of("#key-0", "#key-1", "#key-5", "#key-9", "#charge-button")) {
            Node key = scene.lookup(id);
            if (key != null && shown(key)) {
                Bounds b = key.getLayoutBounds();
                sizes.add(Math.min(b.getWidth(), b.getHeight()));
            }
        }
        return sizes;
    }

    /**
     * @param scrolled inside a scrolling area: what lies beyond the window is a scroll away, but a label shortened
     *                 with dots is still shortened
     */
    private static void walk(Node node, Scene scene, List<String> problems, boolean scrolled) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof TextInputControl field) {
            // Its text and prompt scroll inside the field (clipped there): only the field itself must fit.
            if (!scrolled) {
                check(field, scene, problems);
            }
            return;
        }
        boolean scrolls = node instanceof ScrollPane || isVirtualFlow(node);
        if (!scrolled && (scrolls || node instanceof Control || node instanceof Text || node instanceof ImageView)) {
            check(node, scene, problems);
        }
        if (node instanceof Labeled labeled) {
            shortened(labeled).ifPresent(problems::add);
        }
        if (node instanceof TableView<?> table) {
            columnsCut(table).ifPresent(problems::add);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, problems, scrolled || scrolls);
            }
        }
    }

    private static void check(Node node, Scene scene, List<String> problems) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return;
        }
        if (b.getMinX() < -SLACK || b.getMinY() < -SLACK || b.getMaxX() > scene.getWidth() + SLACK
                || b.getMaxY() > scene.getHeight() + SLACK) {
            problems.add(String.format(Locale.ROOT, "cut off: %s at x %.0f..%.0f, y %.0f..%.0f of %.0f x %.0f",
                    describe(node), b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY(), scene.getWidth(),
                    scene.getHeight()));
        }
    }

    /** A table whose columns, at their narrowest, are wider than the table: the last ones are cut off. */
    private static Optional<String> columnsCut(TableView<?> table) {
        if (table.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY) {
            return Optional.empty(); // it scrolls sideways: the rest is a swipe away
        }
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        double inner = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
        return columns > inner + 1 ? Optional.of(String.format(Locale.ROOT,
                "cut off: columns of %s are %.0f px wide in a table of %.0f px", describe(table), columns, inner))
                : Optional.empty();
    }

    /** A label whose text did not fit shows an ellipsis instead of its end. */
    private static Optional<String> shortened(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isBlank() || labeled.getTextOverrun() == null) {
            return Optional.empty();
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && text.isVisible()) {
                String shown = text.getText();
                String expected = labeled.isMnemonicParsing() ? full.replace("_", "") : full;
                if (shown != null && !shown.equals(expected) && shown.endsWith(labeled.getEllipsisString())) {
                    return Optional.of("shortened: " + describe(labeled) + " shows '" + shown + "' of '"
                            + full + "'");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isVirtualFlow(Node node) {
        return node.getClass().getSimpleName().equals("VirtualFlow");
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Node node) {
        String id = node.getId() != null ? "#" + node.getId() : "";
        String text = node instanceof Labeled l && l.getText() != null ? " '" + l.getText() + "'"
                : node instanceof Text t ? " '" + t.getText() + "'" : "";
        Node named = node;
        while (id.isEmpty() && named.getParent() != null) {
            named = named.getParent();
            id = named.getId() != null ? "(in #" + named.getId() + ")" : "";
        }
        return node.getClass().getSimpleName() + id + text;
    }
}
