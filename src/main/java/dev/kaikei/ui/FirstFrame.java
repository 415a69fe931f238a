package dev.kaikei.ui;

import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Runs start-up work that nobody waits for only after the window's first frame: JavaFX draws a frame on each pulse,
 * and an {@link AnimationTimer} ticks once per pulse, so its second tick comes after the first frame was rendered.
 */
final class FirstFrame {

    private FirstFrame() {
    }

    /** Runs {@code action} on the FX thread once {@code scene} has been drawn for the first time. */
    static void then(Scene scene, Runnable action) {
        new AnimationTimer() {
            private int ticks;

            @Override
            public void handle(long now) {
                if (++ticks >= 2 && scene.getWindow() != null && scene.getWindow().isShowing()) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}
