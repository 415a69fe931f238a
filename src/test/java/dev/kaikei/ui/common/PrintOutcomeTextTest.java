package dev.kaikei.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.PrintOutput;
import dev.kaikei.journal.PrintRecord;
import dev.kaikei.journal.PrintState;
import dev.kaikei.journal.ReceiptKind;
import dev.kaikei.journal.ReceiptRecord;
import dev.kaikei.journal.ReceiptVariant;
import dev.kaikei.receipt.PrintOutcome;
import dev.kaikei.receipt.PrinterProblem;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("How a print went, in the screen's language")
class PrintOutcomeTextTest {

    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final Messages JA = new Messages(Locale.JAPANESE);

    private static PrintOutcome outcome(ReceiptKind kind, ReceiptVariant variant, boolean reprint,
                                        Optional<PrinterProblem> problem) {
        ReceiptRecord receipt = new ReceiptRecord(1, "T1", 42, kind, 1, null, Instant.EPOCH);
        PrintRecord print = new PrintRecord(7, receipt, PrintOutput.PRINTER, variant, reprint, null, null,
                problem.isPresent() ? PrintState.WAITING : PrintState.DONE, "at 10.0.0.9:9100", Instant.EPOCH,
                Instant.EPOCH);
        return new PrintOutcome(print, problem, "the print queue's English message");
    }

    @Test
    @DisplayName("printed: the receipt's kind and number, a reprint marked")
    void printed() {
        PrintOutcome sale = outcome(ReceiptKind.SALE, ReceiptVariant.RECEIPT, false, Optional.empty());
        assertThat(PrintOutcomeText.of(sale, EN)).isEqualTo("Receipt No.000042 printed");
        assertThat(PrintOutcomeText.of(sale, JA)).isEqualTo("レシート No.000042 を印刷しました");
        PrintOutcome again = outcome(ReceiptKind.RETURN, ReceiptVariant.RECEIPT, true, Optional.empty());
        assertThat(PrintOutcomeText.of(again, EN)).isEqualTo("Return receipt No.000042 (reprint) printed");
        assertThat(PrintOutcomeText.of(again, JA)).isEqualTo("返品レシート No.000042（再発行） を印刷しました");
        PrintOutcome ryoshusho = outcome(ReceiptKind.SALE, ReceiptVariant.RYOSHUSHO, false, Optional.empty());
        assertThat(PrintOutcomeText.of(ryoshusho, JA)).isEqualTo("領収書 No.000042 を印刷しました");
    }

    @Test
    @DisplayName("out of paper: what is wrong, and that the receipt waits while the sale is complete")
    void waits() {
        PrintOutcome paper = outcome(ReceiptKind.SALE, ReceiptVariant.RECEIPT, false,
                Optional.of(PrinterProblem.OUT_OF_PAPER));
        assertThat(PrintOutcomeText.of(paper, EN)).isEqualTo("The receipt printer is out of paper. Receipt No.000042 "
                + "waits in the reprint queue; the sale is complete");
        assertThat(PrintOutcomeText.of(paper, JA)).isEqualTo("レシートプリンターの用紙がありません。 レシート No.000042 "
                + "は再印刷待ちです（会計は完了しています）");
    }

    @ParameterizedTest
    @EnumSource(PrinterProblem.class)
    @DisplayName("every printer problem has its words in both languages")
    void everyProblem(PrinterProblem problem) {
        for (Messages m : new Messages[] {EN, JA}) {
            assertThat(m.has("receipt.problem." + problem.name())).as("%s in %s", problem, m.locale()).isTrue();
            assertThat(PrintOutcomeText.of(outcome(ReceiptKind.SALE, ReceiptVariant.RECEIPT, false,
                    Optional.of(problem)), m)).doesNotContain("receipt.problem.");
        }
    }
}
