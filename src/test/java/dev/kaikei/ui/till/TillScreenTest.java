package dev.kaikei.ui.till;

import static dev.kaikei.ui.testing.Fx.awaitShowing;
import static dev.kaikei.ui.testing.Fx.fx;
import static dev.kaikei.ui.testing.Fx.screenshot;
import static dev.kaikei.ui.testing.Fx.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.config.PayPayMode;
import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.JournalOptions;
import dev.kaikei.simulator.SimulatorClock;
import dev.kaikei.till.Till;
import dev.kaikei.ui.testing.ServicesWindowTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The till screen in the real window (headless Monocle) over a real till and journal file: open with a float, a
 * paid-out, the drawer counted by denomination, 点検 and 精算 with the Z report on screen; screenshots of both.
 */
@DisplayName("the till screen: open, count, check and close")
class TillScreenTest extends ServicesWindowTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    private Journal journal;

    private void openWindow(Locale locale) throws TimeoutException {
        SimulatorClock clock = SimulatorClock.fixedAt(DAY.atTime(LocalTime.of(21, 0)).atZone(BusinessDay.ZONE)
                .toInstant());
        journal = Journal.open(dir.resolve("journal.sqlite"), JournalOptions.defaults().withClock(clock));
        Till till = new Till(journal, clock, "Café Kaikei 渋谷店", "T1");
        openWindow(locale, clock, b -> b.mode(PayPayMode.SIMULATOR).till(till));
    }

    @AfterEach
    void closeJournal() {
        if (journal != null) {
            journal.close();
        }
    }

    private void count(int yen, int pieces) {
        fx(() -> {
            robot.lookup("#count-" + yen).queryAs(Spinner.class).getValueFactory().setValue(pieces);
            return null;
        });
    }

    @Test
    @DisplayName("English: a day at the till ends with Z report No.1, short by ¥10, on screen")
    void closeTheDay() throws Exception {
        openWindow(Locale.ENGLISH);
        robot.clickOn("#nav-till");
        awaitShowing(robot, "#till-view");
        await().until(() -> text(robot, "#till-status").equals("The till is not open."));

        robot.clickOn("#till-float").write("30000");
        robot.clickOn("#till-open");
        await().until(() -> text(robot, "#till-status").startsWith("Open for business day 2026-03-02"));
        robot.clickOn("#till-amount").write("320");
        robot.clickOn("#till-reason").write("milk");
        robot.clickOn("#till-paid-out");
        await().until(() -> text(robot, "#till-expected").endsWith("¥29,680"));

        count(10_000, 2);
        count(5_000, 1);
        count(1_000, 4);
        count(500, 1);
        count(100, 1);
        count(50, 1);
        count(10, 2);
        await().until(() -> text(robot, "#till-counted").endsWith("¥29,670"));
        robot.clickOn("#till-check");
        await().until(() -> text(robot, "#till-message").equals("Checked: short by ¥10."));
        screenshot(window.scene(), "till-check");

        robot.clickOn("#till-next-float").write("20000");
        robot.clickOn("#till-close");
        await().until(() -> text(robot, "#till-report-title").equals("Z report No.1"));
        assertThat(fx(() -> robot.lookup("#till-report").queryAs(ListView.class).getItems()))
                .anySatisfy(l -> assertThat((String) l).startsWith("Short").endsWith("-¥10"));
        await().until(() -> text(robot, "#till-notice").contains("Business day 2026-03-02 is closed"));
        screenshot(window.scene(), "till-close-z-report");
        assertThat(journal.till().lastZReport().orElseThrow().nextFloat()).isEqualTo(20_000);
    }

    @Test
    @DisplayName("Japanese: 精算レポート on screen")
    void japanese() throws Exception {
        openWindow(Locale.JAPANESE);
        robot.clickOn("#nav-till");
        robot.clickOn("#till-float").write("10000");
        robot.clickOn("#till-open");
        await().until(() -> text(robot, "#till-status").startsWith("営業日 2026-03-02"));
        count(10_000, 1);
        robot.clickOn("#till-close");
        await().until(() -> text(robot, "#till-report-title").equals("精算レポート Z No.1"));
        screenshot(window.scene(), "till-close-z-report-ja");
    }
}
