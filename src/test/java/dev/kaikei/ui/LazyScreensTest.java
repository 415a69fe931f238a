package dev.kaikei.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.payment.DayTotals;
import dev.kaikei.ui.ShellModel.Section;
import dev.kaikei.ui.testing.FakeHistoryService;
import dev.kaikei.ui.testing.FxViewTest;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Main window: screens are built when first shown, so the first frame waits only for Charge")
class LazyScreensTest extends FxViewTest {

    @Override
    protected UiServices.Builder moreServices(UiServices.Builder services) {
        FakeHistoryService history = new FakeHistoryService();
        history.totals = new DayTotals(LocalDate.of(2026, 3, 1), 0, 0, 0, 0, 0, 0, 0, 0);
        return services.payments(history, null);
    }

    @Test
    @DisplayName("at start only Charge exists; History and End of day are built on first use, once")
    void builtOnFirstUse() {
        assertThat(fx(() -> window.builtSections())).containsExactly(Section.CHARGE);
        assertThat(fx(() -> window.scene().lookup("#nav-history").isDisabled())).isFalse();

        fx(() -> window.openSection(Section.HISTORY));
        awaitShowing(robot, "#history-tabs");
        assertThat(fx(() -> window.builtSections())).containsExactlyInAnyOrder(Section.CHARGE, Section.HISTORY);

        fx(() -> window.openSection(Section.CHARGE));
        fx(() -> window.openSection(Section.HISTORY));
        fx(() -> window.openSection(Section.END_OF_DAY));
        assertThat(fx(() -> window.builtSections()))
                .containsExactlyInAnyOrder(Section.CHARGE, Section.HISTORY, Section.END_OF_DAY);
    }
}
