package dev.kaikei.ui;

import dev.kaikei.config.CounterOptions;
import dev.kaikei.ui.common.AppExecutors;
import dev.kaikei.ui.common.FxUiTimer;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.UiContext;
import dev.kaikei.ui.common.UiExecutor;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Test support: the cashier window as {@link DesktopApp} opens it — the {@link EarlyWindow} first, then its screens
 * (UI threads, timers, strings, the configured sounds, the customer display, the work after the first frame) — minus
 * the process exit when it closes, so a test or a benchmark can drive it and close it in a running JVM. The toolkit
 * must be up already.
 */
public final class ShippedWindow {

    private ShippedWindow() {
    }

    /** {@link DesktopApp#showWindow}, on the toolkit that is already up (asking ToolkitStart again could end it). */
    public static EarlyWindow showEarly(String storeName, Locale locale, CounterOptions counter) {
        return EarlyWindow.show(CompletableFuture.completedFuture(null), storeName, locale, counter);
    }

    /** Puts the screens into {@code early}'s stage, as {@link DesktopApp#run} does; call off the FX thread. */
    public static MainWindow open(EarlyWindow early, UiServices services, AppExecutors background,
                                  Runnable afterFirstFrame) {
        CompletableFuture<MainWindow> opened = early.stage().thenCompose(stage -> {
            CompletableFuture<MainWindow> onFx = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    onFx.complete(open(stage, services, background, afterFirstFrame));
                } catch (RuntimeException | Error e) {
                    onFx.completeExceptionally(e);
                }
            });
            return onFx;
        });
        try {
            return opened.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the window did not open", e);
        }
    }

    private static MainWindow open(Stage stage, UiServices services, AppExecutors background,
                                   Runnable afterFirstFrame) {
        Theme.installUserAgentStylesheet();
        Messages messages = new Messages(services.locale());
        UiContext ui = new UiContext(new TaskRunner(background, UiExecutor.fxThread()), new FxUiTimer(),
                Clock.systemUTC(), messages, DesktopApp.sound(services.counter(), messages));
        MainWindow window = new MainWindow(stage, services, ui, CustomerDisplay.open(services.customerDisplayIndex()));
        window.show();
        FirstFrame.then(window.scene(), afterFirstFrame);
        return window;
    }
}
