package dev.kaikei.ui;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/** Finds the customer-facing screen (a chosen display, else the first non-primary one) and opens a stage on it. */
public final class CustomerDisplay {

    private CustomerDisplay() {
    }

    /**
     * Which screen gets the customer display: the requested index when it exists and is not the cashier's primary
     * screen, else the first other screen; empty with a single screen.
     */
    public static OptionalInt chooseScreen(int screenCount, int primaryIndex, OptionalInt requested) {
        if (requested.isPresent()) {
            int wanted = requested.getAsInt();
            return wanted >= 0 && wanted < screenCount && wanted != primaryIndex
                    ? OptionalInt.of(wanted) : OptionalInt.empty();
        }
        for (int i = 0; i < screenCount; i++) {
            if (i != primaryIndex) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** A full-screen, undecorated stage on the customer screen, or empty when there is only one screen. */
    public static Optional<Stage> open(OptionalInt requested) {
        List<Screen> screens = Screen.getScreens();
        OptionalInt index = chooseScreen(screens.size(), screens.indexOf(Screen.getPrimary()), requested);
        if (index.isEmpty()) {
            return Optional.empty();
        }
        Rectangle2D bounds = screens.get(index.getAsInt()).getBounds();
        Stage stage = new Stage(StageStyle.UNDECORATED);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        // A customer must not be able to leave full screen with Esc.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        return Optional.of(stage);
    }
}
