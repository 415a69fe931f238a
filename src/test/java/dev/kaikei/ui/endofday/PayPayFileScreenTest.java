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
import dev.kaikei.till.Till;
import dev.kaikei.ui.testing.FakeHistoryService;
import dev.kaikei.ui.testing.FakePaymentOperations;
import dev.kaikei.ui.testing.ServicesWindowTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End of day in the real window shows the PayPay file match kept in the journal, with its difference. */
@DisplayName("End of day: the till's closes and the PayPay file match on screen")
class PayPayFileScreenTest extends ServicesWindowTest {

    @TempDir
    Path dir;

    private Journal journal;

    @AfterEach
    void closeJournal() {
        journal.close();
    }

    @Test
    @DisplayName("the day's match: file, both totals, and the amount that differs with its line")
    void showsTheKeptMatch() throws Exception {
        journal = GoldenDay.open(dir.resolve("journal.sqlite"));
        TransactionFiles files = new TransactionFiles(journal, Set.of("T1"));
        files.check(GoldenDay.golden(dir, "amount-differs.csv"), GoldenDay.DAY);
        Till till = new Till(journal, Clock.fixed(GoldenDay.at("20:00"), ZoneOffset.UTC), "Café Kaikei", "T1");
        till.open(10_000);
        till.paidOut(300, "milk");
        till.closeDay(Map.of(1_000, 9, 100, 7), OptionalLong.empty(), false, Locale.ENGLISH);
        FakeHistoryService history = new FakeHistoryService();
        history.totals = new DayTotals(GoldenDay.DAY, 3, 5_380, 0, 0, 1, 880, 4_500, 0);
        openWindow(Locale.ENGLISH, Clock.fixed(GoldenDay.at("20:00"), ZoneOffset.UTC), b -> b
                .mode(PayPayMode.SIMULATOR).payments(history, new FakePaymentOperations()).paypayFiles(files).till(till));
        robot.clickOn("#nav-end-of-day");
        awaitShowing(robot, "#paypay-file-panel");
        assertThat(fx(() -> robot.lookup("#end-of-day-day").queryAs(DatePicker.class).getValue()))
                .isEqualTo(GoldenDay.DAY);
        await().until(() -> text(robot, "#paypay-file-summary").startsWith("amount-differs.csv (matched "));
        assertThat(text(robot, "#paypay-file-summary")).contains("5 lines, 1 difference.")
                .contains("PayPay ¥4,230, journal ¥4,500.");
        assertThat(fx(() -> robot.lookup("#paypay-file-differences").queryAs(ListView.class).getItems()))
                .containsExactly("line 4 · amount differs · T1-0301-A003 · PayPay ¥3,030 · journal ¥3,300");
        await().until(() -> text(robot, "#till-closes-summary").equals("Every close of this day counted the drawer right."));
        assertThat(fx(() -> robot.lookup("#till-closes").queryAs(ListView.class).getItems()))
                .containsExactly("Z No.1 at 18:00 · PayPay net ¥9,300 · cash sales ¥0 · cash expected ¥9,700,"
                        + " counted ¥9,700 (difference ¥0)");
        screenshot(window.scene(), "end-of-day-paypay-file");
    }
}
