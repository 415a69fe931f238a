package dev.kaikei.ui.testing;

import dev.kaikei.config.PayPayMode;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.PaymentSummary;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Base for headless view tests: the real main window with the fake payment engine, a real background pool, real
 * FX timers and a fixed clock (so countdowns in screenshots are stable). Screenshots go to target/screenshots.
 */
public abstract class FxViewTest {

    protected static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");
    protected static final String QR_URL = "https://qr.paypay.ne.jp/28180104vLMVy9pt8ADgtGPP";

    protected final FakeCheckoutService service = new FakeCheckoutService();
    protected final RecordingSound sound = new RecordingSound();
    protected final FxRobot robot = new FxRobot();
    protected MainWindow window;
    protected Stage customerStage;
    private AppExecutors background;

    /** The language of the window under test. */
    protected Locale locale() {
        return Locale.ENGLISH;
    }

    /** The window's services beyond the defaults below (e.g. History's); the default adds nothing. */
    protected UiServices.Builder moreServices(UiServices.Builder services) {
        return services;
    }

    /** True to open the customer display as a separate stage (a second screen). */
    protected boolean secondScreen() {
        return false;
    }

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        // UI changes land within a few FX pulses: poll often so each wait ends as soon as the screen is ready.
        Awaitility.setDefaultPollDelay(Duration.ZERO);
        Awaitility.setDefaultPollInterval(Duration.ofMillis(20));
    }

    @AfterAll
    static void resetAwaitility() {
        Awaitility.reset();
    }

    @BeforeEach
    void openWindow() throws TimeoutException {
        FxToolkit.setupFixture(() -> start(new Stage()));
    }

    private void start(Stage stage) {
        Theme.installUserAgentStylesheet();
        background = new AppExecutors(2);
        UiContext ui = new UiContext(new TaskRunner(background, UiExecutor.fxThread()), new FxUiTimer(),
                Clock.fixed(NOW, ZoneOffset.UTC), new Messages(locale()), sound);
        List<PaymentSummary> history = List.of(
                new PaymentSummary("k-3", 1200, "Coffee", PaymentState.COMPLETED, NOW.minusSeconds(300)),
                new PaymentSummary("k-2", 480, "", PaymentState.EXPIRED, NOW.minusSeconds(1500)),
                new PaymentSummary("k-1", 3300, "Lunch set", PaymentState.REFUNDED, NOW.minusSeconds(4000)));
        UiServices services = moreServices(UiServices.builder(service).recentPayments(n -> history)
                .storeName("Café Kaikei 渋谷店").mode(PayPayMode.SIMULATOR).locale(locale()).preAuthEnabled(true)
                .autoReturnAfter(Duration.ofMillis(600))).build();
        if (secondScreen()) {
            customerStage = new Stage();
        }
        window = new MainWindow(stage, services, ui, Optional.ofNullable(customerStage));
        window.show();
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        if (window != null) {
            fx(() -> {
                window.close();
                return null;
            });
        }
        if (background != null) {
            background.close();
        }
        FxToolkit.cleanupStages();
    }

    protected static <T> T fx(Callable<T> call) {
        return Fx.fx(call);
    }

    protected static String text(FxRobot robot, String query) {
        return Fx.text(robot, query);
    }

    protected static boolean showing(FxRobot robot, String query) {
        return Fx.showing(robot, query);
    }

    protected static void awaitShowing(FxRobot robot, String query) {
        Fx.awaitShowing(robot, query);
    }

    protected static void awaitText(FxRobot robot, String query, String expected) {
        Fx.awaitText(robot, query, expected);
    }

    protected WritableImage crop(WritableImage shot, String query) {
        return Fx.crop(robot, shot, query);
    }

    protected static WritableImage screenshot(Scene scene, String name) {
        return Fx.screenshot(scene, name);
    }
}
