package dev.kaikei.ui;

import dev.kaikei.config.WindowMode;
import javafx.geometry.Rectangle2D;

/**
 * Where the cashier window goes on its screen, worked out from the screen's bounds alone (no toolkit needed). The
 * geometry is always explicit, also when maximised or full screen: those are requests a window manager carries out,
 * and on a bare X server (a kiosk started with {@code xinit}) there is none, so the window would otherwise stay at its
 * default size, partly off screen.
 *
 * @param bounds     the window's position and size (in the screen's coordinates, logical pixels)
 * @param maximized  ask the window manager to maximise it (the work area, task bar visible)
 * @param fullScreen make it full screen (the whole screen, no title bar)
 */
public record WindowPlacement(Rectangle2D bounds, boolean maximized, boolean fullScreen) {

    /** The size the cashier window is laid out for when the screen has room for it. */
    public static final double COMFORTABLE_WIDTH = 1280;
    public static final double COMFORTABLE_HEIGHT = 800;

    /**
     * The placement for a screen.
     *
     * @param screen     the whole screen
     * @param workArea   the screen less task bars and panels (JavaFX's visual bounds)
     * @param mode       the configured mode
     * @param kiosk      kiosk mode: always full screen
     */
    public static WindowPlacement on(Rectangle2D screen, Rectangle2D workArea, WindowMode mode, boolean kiosk) {
        WindowMode effective = kiosk ? WindowMode.FULL_SCREEN : mode;
        boolean roomy = workArea.getWidth() >= COMFORTABLE_WIDTH && workArea.getHeight() >= COMFORTABLE_HEIGHT;
        return switch (effective) {
            case FULL_SCREEN -> new WindowPlacement(screen, false, true);
            case MAXIMIZED -> new WindowPlacement(workArea, true, false);
            case AUTO -> roomy ? centered(workArea) : new WindowPlacement(workArea, true, false);
            case WINDOW -> centered(workArea);
        };
    }

    private static WindowPlacement centered(Rectangle2D workArea) {
        double w = Math.min(COMFORTABLE_WIDTH, workArea.getWidth());
        double h = Math.min(COMFORTABLE_HEIGHT, workArea.getHeight());
        double x = workArea.getMinX() + Math.floor((workArea.getWidth() - w) / 2);
        double y = workArea.getMinY() + Math.floor((workArea.getHeight() - h) / 2);
        return new WindowPlacement(new Rectangle2D(x, y, w, h), false, false);
    }
}
