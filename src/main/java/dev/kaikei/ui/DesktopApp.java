package dev.kaikei.ui;

import dev.kaikei.config.CounterOptions;
import dev.kaikei.ui.common.AppExecutors;
import dev.kaikei.ui.common.AudioClipSound;
import dev.kaikei.ui.common.FxUiTimer;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.Sound;
import dev.kaikei.ui.common.SpokenSound;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.UiContext;
import dev.kaikei.ui.common.UiExecutor;
import dev.kaikei.ui.common.Voice;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX toolkit and opens the cashier window (and the customer display on a second screen). Uses
 * {@link Platform#startup} rather than {@code Application.launch} so everything is built with constructor injection
 * from what the composition root ({@code dev.kaikei.app.CashierApp}) hands over in {@link UiServices}; here only the
 * toolkit's own plumbing is made: the UI threads, timers, strings and sounds.
 */
public final class DesktopApp {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);
    private static final int BACKGROUND_THREADS = 2;

    private DesktopApp() {
    }

    /**
     * Starts the JavaFX toolkit on a thread of its own and returns at once (see {@link ToolkitStart}). Idempotent;
     * {@link #run} starts it if nobody did.
     *
     * @return completes once the toolkit is up
     */
    public static CompletableFuture<Void> startToolkit() {
        return ToolkitStart.begin();
    }

    /** Waits for the toolkit; its failure (no display, no GTK) becomes a {@link WindowUnavailableException}. */
    private static void awaitToolkit() {
        try {
            startToolkit().join();
        } catch (CompletionException e) {
            throw new WindowUnavailableException(e.getCause() != null ? e.getCause() : e);
        }
    }

    /**
     * Shows the cashier window, still without its screens, as soon as the toolkit is up (see {@link EarlyWindow}):
     * call it once this process may run the app (it holds the journal), before the engine opens. Starts the toolkit
     * if nobody did.
     *
     * @param storeName its title
     * @param locale    the title's language
     * @param counter   kiosk mode and how the window takes its screen
     * @return the window; hand it to {@link #run}
     */
    public static EarlyWindow showWindow(String storeName, Locale locale, CounterOptions counter) {
        return EarlyWindow.show(startToolkit(), storeName, locale, counter);
    }

    /**
     * Puts the screens into the window {@link #showWindow} showed and blocks until it closes.
     *
     * @param focusRequests receives what to run when a second start asks this app to come to the front (may be
     *                      called from any thread)
     * @param afterFirstFrame runs (on the FX thread) once the window has been laid out and drawn for the first time:
     *                      the place for start-up work nobody waits for
     */
    public static int run(EarlyWindow window, UiServices services, Consumer<Runnable> focusRequests,
                          Runnable afterFirstFrame) {
        CountDownLatch closed = new CountDownLatch(1);
        try (AppExecutors background = new AppExecutors(BACKGROUND_THREADS)) {
            awaitToolkit();
            window.stage().whenComplete((stage, failed) -> Platform.runLater(() -> {
                if (failed != null) {
                    // The toolkit is up, so only the early window failed: the screens open in a window of their own
                    // rather than the app waiting for a window that never comes.
                    LOG.warn("The cashier window could not show early; opening it with its screens", failed);
                }
                Stage shown = failed != null ? new Stage() : stage;
                focusRequests.accept(open(shown, services, background, closed, afterFirstFrame));
            }));
            LOG.info("Kaikei UI started (training: {}, locale: {})", services.training(), services.locale());
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        return 0;
    }

    /** The chimes ({@code sound.enabled}) and the spoken amount ({@code voice.enabled}) as configured. */
    static Sound sound(CounterOptions counter, Messages messages) {
        Sound chimes = counter.soundEnabled() ? new AudioClipSound() : Sound.silent();
        return counter.voiceEnabled()
                ? new SpokenSound(chimes, Voice.forThisMachine(), messages) : chimes;
    }

    /** Opens the windows; returns what brings them to the front. */
    private static Runnable open(Stage stage, UiServices services, AppExecutors background, CountDownLatch closed,
                                 Runnable afterFirstFrame) {
        Theme.installUserAgentStylesheet();
        Messages messages = new Messages(services.locale());
        UiContext ui = new UiContext(new TaskRunner(background, UiExecutor.fxThread()), new FxUiTimer(),
                Clock.systemUTC(), messages, sound(services.counter(), messages));
        MainWindow window = new MainWindow(stage, services, ui,
                CustomerDisplay.open(services.customerDisplayIndex()));
        stage.setOnHidden(e -> {
            window.close();
            Platform.exit();
            closed.countDown();
        });
        window.show();
        StartupProbe.chargeScreenIn(window.scene());
        FirstFrame.then(window.scene(), () -> {
            StartupProbe.chargeScreenDrawn();
            window.giveIcon();
            afterFirstFrame.run();
        });
        return () -> Platform.runLater(window::bringToFront);
    }
}
