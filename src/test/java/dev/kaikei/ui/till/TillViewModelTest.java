package dev.kaikei.ui.till;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.config.ManagerPin;
import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.CashMovementKind;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.JournalOptions;
import dev.kaikei.simulator.SimulatorClock;
import dev.kaikei.till.Till;
import dev.kaikei.ui.common.ManagerGate;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.config.ManagerPinGuard;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.testing.ScriptedPinPrompt;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The till screen's view model over a real till and journal, without the toolkit. */
@DisplayName("TillViewModel (real till and journal, same-thread tasks)")
class TillViewModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    private Journal journal;
    private ScriptedPinPrompt prompt;
    private TillViewModel vm;

    @BeforeEach
    void open() {
        SimulatorClock clock = SimulatorClock.fixedAt(DAY.atTime(LocalTime.of(10, 0)).atZone(BusinessDay.ZONE)
                .toInstant());
        journal = Journal.open(dir.resolve("journal.sqlite"), JournalOptions.defaults().withClock(clock));
        Till till = new Till(journal, clock, "Kaikei Coffee", "T1");
        Messages messages = new Messages(Locale.ENGLISH);
        prompt = new ScriptedPinPrompt();
        ManagerPinGuard pins = ManagerPinGuard.inMemory(Optional.of(ManagerPin.hash("2468".toCharArray())), false);
        vm = new TillViewModel(till, new ManagerGate(pins, prompt, TaskRunner.sameThread(), messages),
                TaskRunner.sameThread(), messages);
        vm.refresh();
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    @DisplayName("open, paid-out, count, check and close: status, messages and the reports follow")
    void aDay() {
        assertThat(vm.statusProperty().get()).isEqualTo("The till is not open.");
        vm.floatProperty().set("30,000");
        vm.openTill();
        assertThat(vm.openProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo("Open for business day 2026-03-02 · float ¥30,000");

        vm.amountProperty().set("320");
        vm.reasonProperty().set("milk");
        vm.paidOut();
        assertThat(vm.messageProperty().get().text()).isEqualTo("Paid out ¥320 (milk).");
        assertThat(vm.expectedProperty().get()).isEqualTo("¥29,680");

        vm.pieces(10_000).set(2);
        vm.pieces(5_000).set(1);
        vm.pieces(1_000).set(4);
        vm.pieces(500).set(1);
        vm.pieces(100).set(1);
        vm.pieces(50).set(1);
        vm.pieces(10).set(2);
        assertThat(vm.countedProperty().get()).isEqualTo("¥29,670");
        vm.check();
        assertThat(vm.messageProperty().get().text()).isEqualTo("Checked: short by ¥10.");
        assertThat(vm.reportTitleProperty().get()).isEqualTo("X report (check)");

        vm.nextFloatProperty().set("20000");
        vm.close();
        assertThat(vm.reportTitleProperty().get()).isEqualTo("Z report No.1");
        assertThat(vm.report()).anySatisfy(l -> assertThat(l).startsWith("Short").endsWith("-¥10"));
        assertThat(vm.messageProperty().get().text()).isEqualTo("Day closed: short by ¥10. Take out ¥9,670; ¥20,000"
                + " stays in the drawer for tomorrow.");
        assertThat(vm.openProperty().get()).isFalse();
        assertThat(vm.noticeProperty().get()).isEqualTo("Business day 2026-03-02 is closed: sales now belong to"
                + " 2026-03-03.");
        assertThat(vm.countedProperty().get()).as("the count is cleared").isEqualTo("¥0");
    }

    @Test
    @DisplayName("mistakes are said and change nothing; no-sale needs the manager PIN and is journaled")
    void mistakesAndNoSale() {
        vm.floatProperty().set("abc");
        vm.openTill();
        assertThat(vm.messageProperty().get().text()).isEqualTo("'abc' is not an amount in yen.");
        assertThat(vm.openProperty().get()).isFalse();
        vm.floatProperty().set("1000");
        vm.openTill();
        vm.amountProperty().set("5000");
        vm.reasonProperty().set("rent");
        vm.paidOut();
        assertThat(vm.messageProperty().get().text()).startsWith("Not done: the drawer should hold only ¥1,000");
        vm.reasonProperty().set(" ");
        vm.paidIn();
        assertThat(vm.messageProperty().get().text()).isEqualTo("Give a reason for cash in or out.");

        prompt.answer("1111");
        vm.noSale();
        prompt.answer("2468");
        vm.noSale();
        assertThat(vm.messageProperty().get().text()).isEqualTo("Drawer opened without a sale (recorded).");
        long session = journal.till().openSession().orElseThrow().id();
        assertThat(journal.till().movements(session)).extracting(m -> m.kind())
                .containsExactly(CashMovementKind.NO_SALE);
    }
}
