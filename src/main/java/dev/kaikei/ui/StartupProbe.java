package dev.kaikei.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The start time's place in /proc/self/stat (proc(5)), in clock ticks since boot. */
    private static final int STARTTIME_FIELD = 22;
    /** Clock ticks per second of /proc's figures: fixed at 100 for user space on Linux (sysconf(_SC_CLK_TCK)). */
    private static final long USER_HZ = 100;

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

    /**
     * Milliseconds since this process started. On Linux both ends are counted from boot, to the clock tick (10 ms):
     * {@link ProcessHandle.Info#startInstant} adds the start to the boot time, which Linux gives in whole seconds
     * ({@code btime}), so its figure was off by up to a second (by 0.17–0.23 s on the machine this was found on).
     */
    static long sinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // After "pid (comm) ", whose name may hold spaces: the fields from the 3rd on; the 22nd is the start time.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startedTicks = Long.parseLong(fields[STARTTIME_FIELD - 3]);
            double upSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.round(upSeconds * 1000) - startedTicks * 1000 / USER_HZ;
        } catch (IOException | RuntimeException notLinux) {
            return ProcessHandle.current().info().startInstant()
                    .map(start -> Duration.between(start, Instant.now()).toMillis()).orElse(-1L);
        }
    }
}
