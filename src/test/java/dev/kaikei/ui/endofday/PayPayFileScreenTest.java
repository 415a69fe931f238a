package dev.kaikei.ui.endofday;

import static dev.kaikei.ui.testing.Fx.awaitShowing;
import static dev.kaikei.ui.testing.Fx.fx;
import static dev.kaikei.ui.testing.Fx.screenshot;
import static dev.kaikei.ui.testing.Fx.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.config.PayPayMode;
import dev.kaikei.journal.Journal;
import dev.kaikei.payment.DayTotals;
import dev.kaikei.paypayfile.GoldenDay;
import dev.kaikei.paypayfile.TransactionFiles;
import dev.kaikei.ui.MainWindow;
import dev.kaikei.ui.UiServices;
import dev.kaikei.ui.common.AppExecutors;
import dev.kaikei.ui.common.FxUiTimer;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.UiContext;
import dev.kaikei.ui.common.UiExecutor;
import dev.kaikei.ui.testing.FakeCheckoutService;
import dev.kaikei.ui.testing.FakeHistoryService;
import dev.kaikei.ui.testing.FakePaymentOperations;
import dev.kaikei.ui.testing.RecordingSound;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** End of day in the real window shows the PayPay file match kept in the journal, with its difference. */
@DisplayName("End of day: the PayPay file match on screen")
class PayPayFileScreenTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Journal journal;
    private AppExecutors background;
    private MainWindow window;

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
        journal.close();
    }

    @Test
    @DisplayName("the day's match: file, both totals, and the amount that differs with its line")
    void showsTheKeptMatch() throws Exception {
        journal = GoldenDay.open(dir.resolve("journal.sqlite"));
        TransactionFiles files = new TransactionFiles(journal, Set.of("T1"));
        files.check(GoldenDay.golden(dir, "amount-differs.csv"), GoldenDay.DAY);
        FakeHistoryService history = new FakeHistoryService();
        history.totals = new DayTotals(GoldenDay.DAY, 3, 5_380, 0, 0, 1, 880, 4_500, 0);
        FxToolkit.setupFixture(() -> {
            Theme.installUserAgentStylesheet();
            background = new AppExecutors(2);
            UiContext ui = new UiContext(new TaskRunner(background, UiExecutor.fxThread()), new FxUiTimer(),
                    Clock.fixed(GoldenDay.at("20:00"), ZoneOffset.UTC), new Messages(Locale.ENGLISH),
                    new RecordingSound());
            UiServices services = UiServices.builder(new FakeCheckoutService()).storeName("Café Kaikei 渋谷店")
                    .mode(PayPayMode.SIMULATOR).locale(Locale.ENGLISH)
                    .payments(history, new FakePaymentOperations()).paypayFiles(files).build();
            window = new MainWindow(new Stage(), services, ui, Optional.empty());
            window.show();
        });
        robot.clickOn("#nav-end-of-day");
        awaitShowing(robot, "#paypay-file-panel");
        assertThat(fx(() -> robot.lookup("#end-of-day-day").queryAs(DatePicker.class).getValue()))
                .isEqualTo(GoldenDay.DAY);
        await().until(() -> text(robot, "#paypay-file-summary").startsWith("amount-differs.csv (matched "));
        assertThat(text(robot, "#paypay-file-summary")).contains("5 lines, 1 difference.")
                .contains("PayPay ¥4,230, journal ¥4,500.");
        assertThat(fx(() -> robot.lookup("#paypay-file-differences").queryAs(ListView.class).getItems()))
                .containsExactly("line 4 · amount differs · T1-0301-A003 · PayPay ¥3,030 · journal ¥3,300");
        screenshot(window.scene(), "end-of-day-paypay-file");
    }
}
