package dev.kaikei.ui;

import dev.kaikei.ui.common.AppExecutors;
import dev.kaikei.ui.common.FxUiTimer;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.UiContext;
import dev.kaikei.ui.common.UiExecutor;
import java.time.Clock;
import javafx.stage.Stage;

/**
 * Test support: the cashier window as {@link DesktopApp} opens it (its UI threads, timers, strings, the configured
 * sounds, the customer display, the work after the first frame), minus the process exit when it closes, so a test or a
 * benchmark can drive it and close it in a running JVM. Call on the FX thread.
 */
public final class ShippedWindow {

    private ShippedWindow() {
    }

    public static MainWindow open(UiServices services, AppExecutors background, Runnable afterFirstFrame) {
        Theme.installUserAgentStylesheet();
        Messages messages = new Messages(services.locale());
        UiContext ui = new UiContext(new TaskRunner(background, UiExecutor.fxThread()), new FxUiTimer(),
                Clock.systemUTC(), messages, DesktopApp.sound(services.counter(), messages));
        MainWindow window = new MainWindow(new Stage(), services, ui,
                CustomerDisplay.open(services.customerDisplayIndex()));
        window.show();
        FirstFrame.then(window.scene(), afterFirstFrame);
        return window;
    }
}
