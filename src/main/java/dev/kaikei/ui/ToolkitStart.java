package dev.kaikei.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * The JavaFX toolkit's start, on a thread of its own, so that it (GTK, the display, fonts) runs beside the settings
 * and the engine's opening instead of after them. Deliberately without a
 * logger: touching one sets up logging first, which would hold the start back.
 */
public final class ToolkitStart {

    static final String MAX_TEXTURE_MEMORY = "prism.maxvram";
    static final String REGION_CACHING_OFF = "prism.disableRegionCaching";
    /** The toolkit is one per process, so is its start. */
    private static final CompletableFuture<Void> TOOLKIT = new CompletableFuture<>();
    private static final AtomicBoolean REQUESTED = new AtomicBoolean();

    private ToolkitStart() {
    }

    /** Starts the toolkit once; every call returns the same future, completed once the toolkit is up. */
    public static CompletableFuture<Void> begin() {
        if (!REQUESTED.compareAndSet(false, true)) {
            return TOOLKIT;
        }
        useTillRenderingDefaults();
        Thread starter = new Thread(() -> {
            try {
                // The theme's stylesheet is read once the window is on screen (EarlyWindow), not before it. The app
                // ends with its last window only when this call started the toolkit: one someone else runs (a test
                // harness) keeps its own setting, else it would end at once for want of a window. Likewise the
                // windows' class (WindowIdentity), which must be set before the first window.
                Platform.startup(() -> {
                    Platform.setImplicitExit(true);
                    WindowIdentity.nameWindows();
                    TOOLKIT.complete(null);
                });
            } catch (IllegalStateException alreadyRunning) {
                // Started by someone else in this process (a test harness): it is up, which is all that counts.
                TOOLKIT.complete(null);
            } catch (RuntimeException | Error e) {
                TOOLKIT.completeExceptionally(e);
            }
        }, "fx-toolkit-start");
        starter.setDaemon(true);
        starter.start();
        return TOOLKIT;
    }

    /** Prism's memory settings for a till, unless given on the command line (read once, when the toolkit starts). */
    static void useTillRenderingDefaults() {
        // Prism keeps the textures of images no longer shown until its pool reaches this size (default 512 MB); a
        // new QR image each checkout then piles up: in the Java heap with software rendering, in graphics memory
        // otherwise. A till's screens need a fraction of this. An explicit -Dprism.maxvram still wins.
        if (System.getProperty(MAX_TEXTURE_MEMORY) == null) {
            System.setProperty(MAX_TEXTURE_MEMORY, "64m");
        }
        // Prism caches every styled region's background (rounded keys, panels) in one 2048 x 1024 texture: 8 MB of
        // Java heap with software rendering (a tablet without a GPU driver), graphics memory otherwise. A till's screen
        // changes little from frame to frame, so drawing backgrounds directly costs nothing a cashier sees, and the
        // memory stays free. An explicit -Dprism.disableRegionCaching=false still wins.
        if (System.getProperty(REGION_CACHING_OFF) == null) {
            System.setProperty(REGION_CACHING_OFF, "true");
        }
    }
}
