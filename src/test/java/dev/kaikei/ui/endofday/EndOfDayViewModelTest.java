package dev.kaikei.ui.endofday;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.DayTotals;
import dev.kaikei.payment.PaymentSummary;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.testing.FakeHistoryService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("EndOfDayViewModel (no toolkit, same-thread executors)")
class EndOfDayViewModelTest {

    private static final Instant NOW = Instant.parse("2026-03-01T16:00:00Z"); // 01:00 on 2 March in Tokyo
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path tmp;

    private final FakeHistoryService history = new FakeHistoryService();
    private final List<String> suggested = new ArrayList<>();
    private Optional<Path> chosen = Optional.empty();
    private EndOfDayViewModel model;

    @BeforeEach
    void setUp() {
        history.totals = new DayTotals(DAY, 12, 48_000, 1, 1_200, 2, 3_000, 43_800, 1);
        history.payments.add(FakeHistoryService.paid("T1-P-1", 1200, NOW));
        history.payments.add(new PaymentSummary("T1-P-2", 800, "", PaymentState.UNKNOWN, NOW.minusSeconds(30)));
        model = new EndOfDayViewModel(history, (title, name, type) -> {
            suggested.add(name);
            return chosen;
        }, TaskRunner.sameThread(), new Messages(Locale.ENGLISH), Clock.fixed(NOW, ZoneOffset.UTC));
        model.load();
    }

    @Test
    @DisplayName("totals of today's Tokyo business day, and the unresolved items listed")
    void totals() {
        assertThat(history.totalsAsked).containsExactly(DAY);
        assertThat(model.salesProperty().get()).isEqualTo("12");
        assertThat(model.grossProperty().get()).isEqualTo("¥48,000");
        assertThat(model.cancelsProperty().get()).isEqualTo("1 · ¥1,200");
        assertThat(model.refundsProperty().get()).isEqualTo("2 · ¥3,000");
        assertThat(model.netProperty().get()).isEqualTo("¥43,800");
        assertThat(model.unresolvedProperty().get()).isEqualTo("1");
        assertThat(model.unresolvedRows()).extracting(r -> r.merchantPaymentId()).containsExactly("T1-P-2");
        assertThat(model.statusProperty().get().text()).contains("not settled yet");
    }

    @Test
    @DisplayName("another day reloads for that day")
    void otherDay() {
        model.dayProperty().set(LocalDate.of(2026, 2, 28));
        assertThat(history.totalsAsked).containsExactly(DAY, LocalDate.of(2026, 2, 28));
    }

    @Test
    @DisplayName("Export CSV suggests a file name, writes the chosen file and says how many rows")
    void export() {
        Path target = tmp.resolve("day.csv");
        chosen = Optional.of(target);
        model.export();
        assertThat(suggested).containsExactly("kaikei-2026-03-02.csv");
        assertThat(history.exports).containsExactly(target);
        assertThat(model.statusProperty().get().text()).isEqualTo("Exported 2 rows to " + target);
    }

    @Test
    @DisplayName("a cancelled file chooser exports nothing")
    void cancelled() {
        model.export();
        assertThat(history.exports).isEmpty();
    }
}
