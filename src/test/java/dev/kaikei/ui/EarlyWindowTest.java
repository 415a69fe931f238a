package dev.kaikei.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaikei.config.CounterOptions;
import dev.kaikei.config.PayPayMode;
import dev.kaikei.ui.common.AppExecutors;
import dev.kaikei.ui.common.FxUiTimer;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.Sound;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.UiContext;
import dev.kaikei.ui.common.UiExecutor;
import dev.kaikei.ui.testing.FakeCheckoutService;
import dev.kaikei.ui.testing.Fx;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

@DisplayName("The cashier window shown before its screens (while the engine opens)")
class EarlyWindowTest {

    private static final CompletableFuture<Void> TOOLKIT_UP = CompletableFuture.completedFuture(null);

    private AppExecutors background;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Fx.fx(() -> {
            Theme.installUserAgentStylesheet();
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (background != null) {
            background.close();
        }
    }

    private static Stage shown(EarlyWindow early) throws Exception {
        return early.stage().get(30, TimeUnit.SECONDS);
    }

    private MainWindow screensInto(Stage stage, CounterOptions counter) {
        background = new AppExecutors(1);
        UiServices services = UiServices.builder(new FakeCheckoutService()).storeName("Corner Shop")
                .mode(PayPayMode.SIMULATOR).locale(Locale.ENGLISH).counter(counter).build();
        return Fx.fx(() -> {
            UiContext ui = new UiContext(new TaskRunner(background, UiExecutor.fxThread()), new FxUiTimer(),
                    Clock.systemUTC(), new Messages(Locale.ENGLISH), Sound.silent());
            MainWindow window = new MainWindow(stage, services, ui, Optional.empty());
            window.show();
            return window;
        });
    }

    @Test
    @DisplayName("shows at once with the store's title and its place; the screens then go into the same stage and"
            + " scene")
    void screensGoIntoTheShownWindow() throws Exception {
        Stage stage = shown(EarlyWindow.show(TOOLKIT_UP, "Corner Shop", Locale.ENGLISH, CounterOptions.defaults()));

        assertThat(Fx.fx(stage::isShowing)).isTrue();
        assertThat(Fx.fx(stage::getTitle)).contains("Corner Shop");
        WindowPlacement placement = Fx.fx(() -> MainWindow.placement(CounterOptions.defaults().window(), false));
        assertThat(Fx.fx(stage::getX)).isEqualTo(placement.bounds().getMinX());
        assertThat(Fx.fx(stage::getWidth)).isEqualTo(placement.bounds().getWidth());
        Scene first = Fx.fx(stage::getScene);
        assertThat(Fx.fx(() -> first.lookup("#amount-display"))).isNull();

        MainWindow window = screensInto(stage, CounterOptions.defaults());

        assertThat(window.scene()).isSameAs(first);
        assertThat(Fx.fx(stage::getScene)).isSameAs(first);
        assertThat(Fx.fx(() -> first.lookup("#amount-display"))).isNotNull();
        assertThat(Fx.fx(stage::getWidth)).isEqualTo(placement.bounds().getWidth());
    }

    @Test
    @DisplayName("a close request before the screens are in is refused (the app is still opening); after, it closes")
    void closesOnlyOnceUsable() throws Exception {
        Stage stage = shown(EarlyWindow.show(TOOLKIT_UP, "Corner Shop", Locale.ENGLISH, CounterOptions.defaults()));

        Fx.fx(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            return null;
        });
        assertThat(Fx.fx(stage::isShowing)).isTrue();

        screensInto(stage, CounterOptions.defaults());
        Fx.fx(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            return null;
        });
        assertThat(Fx.fx(stage::isShowing)).isFalse();
    }

    @Test
    @DisplayName("a kiosk's window is undecorated and full screen from the first frame, with no key out of it")
    void kioskFromTheFirstFrame() throws Exception {
        CounterOptions kiosk = CounterOptions.defaults().withKiosk(true);
        Stage stage = shown(EarlyWindow.show(TOOLKIT_UP, "Kiosk", Locale.ENGLISH, kiosk));

        assertThat(Fx.fx(stage::getStyle)).isEqualTo(StageStyle.UNDECORATED);
        assertThat(Fx.fx(stage::isFullScreen)).isTrue();
        assertThat(Fx.fx(() -> stage.getFullScreenExitKeyCombination().getName()))
                .isEqualTo(KeyCombination.NO_MATCH.getName());
        assertThat(Fx.fx(stage::getFullScreenExitHint)).isEmpty();
    }

    @Test
    @DisplayName("Japanese: the title in the app's language")
    void japaneseTitle() throws Exception {
        Stage stage = shown(EarlyWindow.show(TOOLKIT_UP, "カフェ", Locale.JAPANESE, CounterOptions.defaults()));

        assertThat(Fx.fx(stage::getTitle)).isEqualTo(new Messages(Locale.JAPANESE).format("app.title", "カフェ"));
    }

    @Test
    @DisplayName("the toolkit did not start (no display): neither does the window, and the reason is kept")
    void toolkitFailed() {
        EarlyWindow early = EarlyWindow.show(CompletableFuture.failedFuture(new UnsupportedOperationException(
                "no display")), "Corner Shop", Locale.ENGLISH, CounterOptions.defaults());

        assertThatThrownBy(() -> shown(early)).isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("no display");
        early.close(); // nothing to close: must not throw
    }
}
