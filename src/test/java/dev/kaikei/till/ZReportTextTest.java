package dev.kaikei.till;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.CashFigures;
import dev.kaikei.journal.PayPayFigures;
import dev.kaikei.journal.Tally;
import dev.kaikei.journal.TillFigures;
import dev.kaikei.journal.TillSessionRecord;
import dev.kaikei.journal.TillState;
import dev.kaikei.journal.ZReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the Z report as text (terminal, receipt paper)")
class ZReportTextTest {

    private static final Instant FROM = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-03-02T12:05:00Z");

    private static ZReport z() {
        TillSessionRecord s = new TillSessionRecord(7, new BusinessDay(LocalDate.of(2026, 3, 2)), TillState.CLOSED,
                30_000, FROM, FROM, CLOSED);
        TillFigures f = new TillFigures(FROM, CLOSED, 30_000, new CashFigures(new Tally(12, 18_400),
                new Tally(1, 600), new Tally(1, 5_000), new Tally(2, 1_320), 1, Tally.NONE),
                new PayPayFigures(new Tally(31, 52_300), new Tally(1, 880), new Tally(2, 1_500), 0));
        return new ZReport(4, s, CLOSED, f, 51_470, 30_000);
    }

    @Test
    @DisplayName("Japanese: 精算レポート with 過不足 and 翌日釣銭準備金, every line within 32 columns of 58 mm paper")
    void japanese() {
        List<String> lines = new ZReportText(Locale.JAPANESE).render(z(), "カイケイ珈琲 渋谷店", "T1");

        assertThat(lines.get(0)).isEqualTo("精算レポート Z No.4");
        assertThat(lines).contains("営業日 2026-03-02", "期間 2026-03-01 21:00", "精算 2026-03-02 21:05");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("現金在高(理論)").endsWith("¥51,480"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("過不足(不足)").endsWith("-¥10"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("翌日釣銭準備金").endsWith("¥30,000"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("純売上").endsWith("¥49,920"));
        assertThat(lines).allSatisfy(l -> assertThat(columns(l)).as(l).isLessThanOrEqualTo(ZReportText.WIDTH));
        assertThat(lines.stream().filter(l -> l.contains("¥")))
                .allSatisfy(l -> assertThat(columns(l)).as("right-aligned: %s", l).isEqualTo(ZReportText.WIDTH));
    }

    @Test
    @DisplayName("English: the same figures")
    void english() {
        List<String> lines = new ZReportText(Locale.ENGLISH).render(z(), "Kaikei Coffee", "T1");

        assertThat(lines.get(0)).isEqualTo("Z REPORT No.4");
        assertThat(lines).contains("Opening float            ¥30,000", "Cash sales 12x           ¥18,400",
                "Cash refunds 1x            -¥600", "Short                       -¥10",
                "Cash taken out           ¥21,470");
    }

    private static int columns(String s) {
        return s.codePoints().map(cp -> cp < 0x2E80 ? 1 : 2).sum();
    }
}
