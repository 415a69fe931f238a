package dev.kaikei.ui.common;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.net.URL;
import java.util.Objects;
import javafx.application.Application;
import javafx.css.Stylesheet;
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
        // Once: the cashier app installs it as soon as the toolkit is up (parsing it then runs beside the engine's
        // opening), and again when its window opens.
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }

    /**
     * Reads the theme's stylesheet once and drops it, on the calling thread (not the FX thread): the classes that read
     * it are then loaded and its hot loops compiled, so the FX thread's own read, on the way to the first screen, takes
     * about half the time. For a thread with nothing else to do while the window opens; harmless if it fails.
     *
     * @return whether the stylesheet was read
     */
    public static boolean warmUp() {
        URL binary = Theme.class.getResource(new PrimerLight().getUserAgentStylesheetBSS());
        if (binary == null) {
            return false;
        }
        try {
            return Stylesheet.loadBinary(binary) != null;
        } catch (IOException | RuntimeException e) {
            // Only a head start: the FX thread reads (and reports) it anyway.
            return false;
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
