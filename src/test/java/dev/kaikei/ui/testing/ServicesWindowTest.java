package dev.kaikei.ui.testing;

import dev.kaikei.ui.MainWindow;
import dev.kaikei.ui.UiServices;
import dev.kaikei.ui.common.AppExecutors;
import dev.kaikei.ui.common.FxUiTimer;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.UiContext;
import dev.kaikei.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Base for headless screen tests over real services a test builds (a till, a transaction-file matcher on a real
 * journal): the real main window with the fake checkout service, a real background pool and the test's clock.
 */
public abstract class ServicesWindowTest {

    protected final FxRobot robot = new FxRobot();
    protected MainWindow window;
    private AppExecutors background;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        Awaitility.setDefaultPollDelay(Duration.ZERO);
        Awaitility.setDefaultPollInterval(Duration.ofMillis(20));
        Awaitility.setDefaultTimeout(Duration.ofSeconds(15));
    }

    @AfterAll
    static void resetAwaitility() {
        Awaitility.reset();
    }

    /** Opens the window in {@code locale} on {@code clock}, with the services {@code configure} adds. */
    protected void openWindow(Locale locale, Clock clock, UnaryOperator<UiServices.Builder> configure)
            throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            Theme.installUserAgentStylesheet();
            background = new AppExecutors(2);
            UiContext ui = new UiContext(new TaskRunner(background, UiExecutor.fxThread()), new FxUiTimer(), clock,
                    new Messages(locale), new RecordingSound());
            UiServices services = configure.apply(UiServices.builder(new FakeCheckoutService())
                    .storeName("Café Kaikei 渋谷店").locale(locale)).build();
            window = new MainWindow(new Stage(), services, ui, Optional.empty());
            window.show();
        });
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        if (window != null) {
            Fx.fx(() -> {
                window.close();
                return null;
            });
        }
        if (background != null) {
            background.close();
        }
        FxToolkit.cleanupStages();
    }
}
