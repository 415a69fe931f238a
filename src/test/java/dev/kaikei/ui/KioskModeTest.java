package dev.kaikei.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.config.CounterOptions;
import dev.kaikei.config.ManagerPin;
import dev.kaikei.config.PayPayMode;
import dev.kaikei.config.PlatformDirs;
import dev.kaikei.config.SettingsLoader;
import dev.kaikei.ui.common.AppExecutors;
import dev.kaikei.ui.common.DialogService;
import dev.kaikei.ui.common.FxUiTimer;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.Sound;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.UiContext;
import dev.kaikei.ui.common.UiExecutor;
import dev.kaikei.ui.settings.SettingsStore;
import dev.kaikei.ui.testing.FakeCheckoutService;
import dev.kaikei.ui.testing.Fx;
import dev.kaikei.ui.testing.ScriptedPinPrompt;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

@DisplayName("Kiosk mode")
class KioskModeTest {

    private static final String PIN = "2468";
    private static final String PIN_HASH = ManagerPin.hash(PIN.toCharArray());

    @TempDir
    Path dir;

    private final ScriptedPinPrompt prompt = new ScriptedPinPrompt();
    private AppExecutors background;
    private MainWindow window;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            Theme.installUserAgentStylesheet();
            background = new AppExecutors(2);
            UiContext ui = new UiContext(new TaskRunner(background, UiExecutor.fxThread()), new FxUiTimer(),
                    Clock.systemUTC(), new Messages(Locale.ENGLISH), Sound.silent());
            SettingsLoader rules = new SettingsLoader(PlatformDirs.of("Linux", dir, Map.of()), Map.of(),
                    Locale.ENGLISH);
            UiServices services = UiServices.builder(new FakeCheckoutService()).storeName("Kiosk Café")
                    .mode(PayPayMode.PROD).locale(Locale.ENGLISH).autoReturnAfter(Duration.ofSeconds(1))
                    .managerPinHash(Optional.of(PIN_HASH))
                    .settingsForm(SettingsStore.file(dir.resolve("kaikei.properties"), rules), null)
                    .counter(CounterOptions.defaults().withKiosk(true))
                    .build();
            stage = new Stage();
            window = new MainWindow(stage, services, ui, Optional.empty(),
                    m -> DialogService.of(prompt, (title, question, confirm, answer) -> answer.accept(false),
                            (title, name, type) -> Optional.empty()));
            window.show();
        });
    }

    @AfterEach
    void close() throws TimeoutException {
        Fx.fx(() -> {
            window.close();
            return null;
        });
        FxToolkit.cleanupStages();
        background.close();
    }

    @Test
    @DisplayName("the cashier window is full screen and undecorated, with no key combination out of full screen")
    void fullScreenUndecorated() {
        assertThat(Fx.fx(stage::getStyle)).isEqualTo(StageStyle.UNDECORATED);
        assertThat(Fx.fx(stage::isFullScreen)).isTrue();
        assertThat(Fx.fx(() -> stage.getFullScreenExitKeyCombination().getName())).isEqualTo(
                javafx.scene.input.KeyCombination.NO_MATCH.getName());
    }

    @Test
    @DisplayName("a close request with a wrong PIN (or none) keeps the window open; the right PIN closes it")
    void closeNeedsPin() {
        prompt.answer("1111");
        Fx.fx(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            return null;
        });
        await().until(() -> prompt.titles.size() == 1);
        assertThat(Fx.fx(() -> window.requestExit()).join()).isFalse();
        prompt.answer(null);
        assertThat(Fx.fx(() -> window.requestExit()).join()).isFalse();
        assertThat(Fx.fx(stage::isShowing)).isTrue();
        assertThat(prompt.titles).containsOnly("Close Kaikei");

        prompt.answer(PIN);
        Fx.fx(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            return null;
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> !Fx.fx(stage::isShowing));
    }

    @Test
    @DisplayName("Settings opens only with the manager PIN")
    void settingsNeedsPin() {
        prompt.answer("0000");
        assertThat(Fx.fx(() -> window.openSection(ShellModel.Section.SETTINGS)).join()).isFalse();
        assertThat(Fx.fx(this::isSettingsShown)).isFalse();
        assertThat(prompt.titles).containsExactly("Open Settings");

        prompt.answer(PIN);
        assertThat(Fx.fx(() -> window.openSection(ShellModel.Section.SETTINGS)).join()).isTrue();
        await().until(() -> Fx.fx(this::isSettingsShown));
    }

    @Test
    @DisplayName("after 5 wrong PINs the right one does not open Settings either, and the manager is told how long")
    void lockedPin() {
        prompt.answer("0000");
        for (int i = 0; i < 5; i++) {
            assertThat(Fx.fx(() -> window.openSection(ShellModel.Section.SETTINGS)).join()).isFalse();
        }
        assertThat(prompt.refusals).isEmpty();

        prompt.answer(PIN);
        assertThat(Fx.fx(() -> window.openSection(ShellModel.Section.SETTINGS)).join()).isFalse();
        assertThat(Fx.fx(this::isSettingsShown)).isFalse();
        assertThat(prompt.refusals).singleElement().asString()
                .matches("Too many wrong PINs\\. Try again in (30|[12][0-9]|[1-9]) s\\.");
        assertThat(Fx.fx(() -> window.requestExit()).join()).as("the lockout covers every PIN prompt").isFalse();
        assertThat(Fx.fx(stage::isShowing)).isTrue();
        assertThat(prompt.refusals).hasSize(2);
    }

    private boolean isSettingsShown() {
        return window.scene().lookup("#nav-settings") instanceof javafx.scene.control.ToggleButton b && b.isSelected();
    }
}
