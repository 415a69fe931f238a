package dev.kaikei.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the history facade the UI reads")
class PaymentHistoryTest extends EngineFixture {

    @Test
    @DisplayName("lists, searches, details, totals and exports the day's payments")
    void readSide() throws Exception {
        String paid = paid(1200);
        Checkout abandoned = awaiting(700, false);
        abandoned.abandon();
        awaitPhase(abandoned, CheckoutPhase.ABANDONED);
        assertThat(engine.cancel(paid)).isInstanceOf(ActionResult.Done.class);
        PaymentHistory history = engine.history();

        assertThat(history.today()).extracting(PaymentSummary::merchantPaymentId)
                .containsExactly(abandoned.merchantPaymentId(), paid);
        assertThat(history.search(new HistoryQuery(null, 1200L, null, null, Set.of(), 10, 0)))
                .extracting(PaymentSummary::merchantPaymentId).containsExactly(paid);
        assertThat(history.search(new HistoryQuery(null, null, null, null, Set.of(PaymentState.ABANDONED), 10, 0)))
                .extracting(PaymentSummary::merchantPaymentId).containsExactly(abandoned.merchantPaymentId());

        PaymentDetail detail = history.detail(paid).orElseThrow();
        assertThat(detail.summary().state()).isEqualTo(PaymentState.CANCELED);
        assertThat(detail.operations()).singleElement().extracting(PaymentDetail.Operation::kind,
                PaymentDetail.Operation::state).containsExactly(OperationKind.CANCEL, OperationState.SUCCEEDED);
        assertThat(detail.calls()).extracting(PaymentDetail.Call::operation).contains("CREATE_QR_CODE",
                "CANCEL_PAYMENT");
        assertThat(detail.actions().cancel()).isFalse();

        LocalDate today = BusinessDay.today(clock).date();
        DayTotals totals = history.dayTotals(today);
        assertThat(totals.salesCount()).isEqualTo(1);
        assertThat(totals.grossYen()).isEqualTo(1200);
        assertThat(totals.cancelYen()).isEqualTo(1200);
        assertThat(totals.netYen()).isZero();

        Path csv = dir.resolve("out/export.csv");
        assertThat(history.exportCsv(today, today, csv)).isEqualTo(2);
        assertThat(Files.readString(csv)).contains(paid);
    }
}
