package dev.kaikei.ui;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * How a desktop knows Kaikei's windows: their icon (task bar, Alt+Tab, window list) and, on X11, their window class,
 * which GNOME, KDE and other desktops match against the menu entry {@code kaikei.desktop} (its icon, a launcher pinned
 * to the dock). Without these the running app showed as "java" with a blank icon.
 */
final class WindowIdentity {

    /** The X11 window class (WM_CLASS) of every Kaikei window; {@code StartupWMClass} in kaikei.desktop. */
    static final String WINDOW_CLASS = "kaikei";
    /** The sizes a desktop picks from (the pom copies them from assets/icon/ next to this class). */
    static final List<Integer> ICON_SIZES = List.of(32, 64, 256);

    private WindowIdentity() {
    }

    /**
     * Names the app's windows {@link #WINDOW_CLASS}. Call on the FX thread before the first window is made: the
     * toolkit gives each window its class when it creates it. JavaFX has no public API for this; an app started with
     * {@code Application.launch} gets its class's name, one started with {@code Platform.startup} (as this one) "java".
     * Only on Linux: elsewhere the same name is the app's name in the OS (the macOS menu bar), which the installer
     * already sets.
     */
    static void nameWindows() {
        if (System.getProperty("os.name", "").startsWith("Linux")) {
            com.sun.glass.ui.Application.GetApplication().setName(WINDOW_CLASS);
        }
    }

    /**
     * Kaikei's icon in every size (13 KB of PNG, read at once: a window takes only icons already read, it never
     * picks up one that finishes reading later).
     */
    static List<Image> icons() {
        return ICON_SIZES.stream()
                .map(size -> Objects.requireNonNull(WindowIdentity.class.getResource("icon/kaikei-" + size + ".png"),
                        "no icon of " + size + " px in the jar"))
                .map(url -> new Image(url.toExternalForm()))
                .toList();
    }

    /** Gives the windows Kaikei's icon; after the first frame, where decoding it delays nothing. */
    static void giveIcon(Stream<Stage> windows) {
        List<Image> icons = icons();
        windows.forEach(stage -> stage.getIcons().setAll(icons));
    }
}
