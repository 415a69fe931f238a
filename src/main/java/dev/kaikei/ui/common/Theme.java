package dev.kaikei.ui.common;

import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The app's look: AtlantaFX Primer Light as the user-agent stylesheet, one base sheet of semantic looked-up colours,
 * and a stylesheet next to each view.
 */
public final class Theme {

    private static final String BASE = "/dev/kaikei/ui/common/app.css";

    private Theme() {
    }

    /** Sets the user-agent stylesheet; call once on the FX thread before the first scene is shown. */
    public static void installUserAgentStylesheet() {
        String sheet = new PrimerLight().getUserAgentStylesheet();
        // Once: the cashier app installs it when its window shows (EarlyWindow), and again when its screens go in.
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }

    /** Adds the base sheet to a scene. */
    public static void style(Scene scene) {
        scene.getStylesheets().add(url(Theme.class, BASE));
    }

    /** Adds the stylesheet that lives next to {@code view}'s class ({@code ChargeView.css} for {@code ChargeView}). */
    public static void styleNextTo(Parent view, Class<?> viewClass) {
        view.getStylesheets().add(url(viewClass, viewClass.getSimpleName() + ".css"));
    }

    private static String url(Class<?> anchor, String resource) {
        return Objects.requireNonNull(anchor.getResource(resource), "missing stylesheet " + resource).toExternalForm();
    }
}
