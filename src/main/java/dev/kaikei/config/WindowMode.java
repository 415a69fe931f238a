package dev.kaikei.config;

/** How the cashier window takes its screen ({@code display.window}); kiosk mode is always {@link #FULL_SCREEN}. */
public enum WindowMode {
    /** Maximised on a screen smaller than the window's comfortable size, else a window of that size. */
    AUTO,
    /** A window of the comfortable size, shrunk to fit the screen. */
    WINDOW,
    /** Fills the screen's work area (the task bar stays visible). */
    MAXIMIZED,
    /** Fills the whole screen, no title bar. */
    FULL_SCREEN
}
