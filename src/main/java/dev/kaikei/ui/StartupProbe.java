package dev.kaikei.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up milestones as the cashier feels them: the log gets how long the window took to show; with
 * {@code -Dkaikei.startupProbe=true} stdout also gets {@code kaikei-startup shown} (the window is on screen),
 * {@code kaikei-startup key} (the Charge screen took a typed key) and {@code kaikei-startup drawn} (the Charge
 * screen's first frame) lines the moment they happen, which {@code packaging/bench-startup.sh} times from outside the
 * process. A key the Charge screen takes before its first frame shows in that frame.
 */
final class StartupProbe {

    static final String PROPERTY = "kaikei.startupProbe";
    private static final Logger LOG = LoggerFactory.getLogger(StartupProbe.class);

    private StartupProbe() {
    }

    /** Call right after the cashier window is shown (still without its screens: {@link EarlyWindow}). */
    static void windowShown() {
        LOG.info("Cashier window shown {} ms after the process started", sinceProcessStart());
        if (Boolean.getBoolean(PROPERTY)) {
            print("shown");
        }
    }

    /**
     * Call once the Charge screen is in the window. The key probe is a filter added after the window's own, so it
     * sees whether the Charge screen used (consumed) the key: a key that arrives before the screen can use it does
     * not count.
     */
    static void chargeScreenIn(Scene scene) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        EventHandler<KeyEvent> firstUsedKey = new EventHandler<>() {
            @Override
            public void handle(KeyEvent event) {
                if (event.isConsumed()) {
                    print("key");
                    scene.removeEventFilter(KeyEvent.KEY_PRESSED, this);
                }
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, firstUsedKey);
    }

    /** Call once the Charge screen's first frame was drawn (its theme applied, laid out, rendered). */
    static void chargeScreenDrawn() {
        if (Boolean.getBoolean(PROPERTY)) {
            print("drawn");
        }
    }

    private static void print(String milestone) {
        System.out.println("kaikei-startup " + milestone + " " + sinceProcessStart());
        System.out.flush();
    }

    private static long sinceProcessStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
    }
}
