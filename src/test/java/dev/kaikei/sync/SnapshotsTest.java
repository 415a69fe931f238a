package dev.kaikei.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentKind;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.OutboxEntry;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.journal.SaleRecord;
import dev.kaikei.journal.TillSessionRecord;
import dev.kaikei.journal.TillState;
import dev.kaikei.sale.CashTender;
import dev.kaikei.sale.PayPayTender;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.SaleLine;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxCategory;
import dev.kaikei.sale.TaxPolicy;
import dev.kaikei.sale.Tender;
import dev.kaikei.sale.TenderKind;
import dev.kaikei.sync.wire.SyncedOperation;
import dev.kaikei.sync.wire.SyncedPayment;
import dev.kaikei.sync.wire.SyncedSale;
import dev.kaikei.sync.wire.SyncedTillSession;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("What a till tells HQ about its journal rows")
class SnapshotsTest {

    private static final Instant T = Instant.parse("2026-11-02T01:00:00Z");

    static PaymentRecord payment(PaymentKind kind, PaymentState state) {
        return new PaymentRecord(7, "K-20261102-abc", kind, 1200, "latte", "S1", "T1", "customer-42",
                "user-auth-secret-ish", "code-9", "https://qr.example/x", "paypay://deeplink", T.plusSeconds(300),
                "pp-1", state, "COMPLETED", T, T, T.plusSeconds(5), "request-id-1", null, 0, 0);
    }

    @ParameterizedTest
    @EnumSource(PaymentState.class)
    @DisplayName("every payment state of the journal travels by its own name")
    void paymentStates(PaymentState state) {
        assertThat(Snapshots.payment(payment(PaymentKind.QR, state)).state().name()).isEqualTo(state.name());
    }

    @ParameterizedTest
    @EnumSource(PaymentKind.class)
    @DisplayName("every payment kind of the journal travels by its own name")
    void paymentKinds(PaymentKind kind) {
        assertThat(Snapshots.payment(payment(kind, PaymentState.COMPLETED)).kind().name()).isEqualTo(kind.name());
    }

    @ParameterizedTest
    @EnumSource(OperationState.class)
    @DisplayName("every operation state and kind of the journal travels by its own name")
    void operations(OperationState state) {
        for (OperationKind kind : OperationKind.values()) {
            SyncedOperation o = Snapshots.operation(new OperationRecord(3, 7, "K-1", kind,
                    kind.hasMerchantId() ? "K-1-r" : null, 200, "reason", state, null, null, T, T, "rq"));
            assertThat(o.state().name()).isEqualTo(state.name());
            assertThat(o.kind().name()).isEqualTo(kind.name());
            assertThat(o.refundYen()).isEqualTo(kind == OperationKind.REFUND && state == OperationState.SUCCEEDED
                    ? 200 : 0);
        }
    }

    @Test
    @DisplayName("no customer reference, PayPay user, QR url, deeplink or request id leaves the till")
    void nothingAboutTheCustomer() throws Exception {
        SyncedPayment p = Snapshots.payment(payment(PaymentKind.NATIVE, PaymentState.COMPLETED));

        String json = new ObjectMapper().writeValueAsString(p);

        assertThat(json).doesNotContain("customer-42", "user-auth-secret-ish", "qr.example", "deeplink",
                "request-id-1", "code-9");
        assertThat(json).contains("\"kind\":\"NATIVE\"", "\"state\":\"COMPLETED\"", "\"saleYen\":1200");
    }

    /** A sale paid by the given tenders; {@code state} is its PayPay payment m-1's, null when there is none. */
    static OutboxEntry.Sale sale(ServiceMode mode, PaymentState state, Tender... tenders) {
        Sale sale = Sale.of(mode, TaxPolicy.DEFAULT, new SaleLine("c", "コーヒー", 330, 2, TaxCategory.REDUCED),
                new SaleLine("b", "レジ袋", 5, 1, TaxCategory.STANDARD), SaleLine.of("切手", 110,
                        TaxCategory.NON_TAXABLE));
        List<PaymentRecord> payments = state == null ? List.of() : List.of(new PaymentRecord(7, "m-1", PaymentKind.QR,
                775, "items", "S1", "T1", null, null, null, null, null, null, null, state, null, T, T, null, null,
                null, 0, 0));
        return new OutboxEntry.Sale(9, new SaleRecord(4, sale, sale.totals(), List.of(tenders), "T1", T), payments,
                12L);
    }

    @ParameterizedTest
    @EnumSource(PaymentState.class)
    @DisplayName("a sale counts as its PayPay payment: open until final, sold once paid, canceled with it, else void")
    void saleOutcome(PaymentState state) {
        SyncedSale s = Snapshots.sale(sale(ServiceMode.TAKE_OUT, state,
                new PayPayTender(775, "m-1", null)));
        SyncedSale.Outcome expected = !state.isFinal() ? SyncedSale.Outcome.OPEN
                : state == PaymentState.CANCELED ? SyncedSale.Outcome.CANCELED
                : state.wasPaid() ? SyncedSale.Outcome.SOLD : SyncedSale.Outcome.VOID;
        assertThat(s.outcome()).isEqualTo(expected);
    }

    @Test
    @DisplayName("a cash sale is sold; a split sale waits for its PayPay part")
    void cashAndSplit() {
        assertThat(Snapshots.sale(sale(ServiceMode.EAT_IN, null, CashTender.exact(775))).outcome())
                .isEqualTo(SyncedSale.Outcome.SOLD);
        assertThat(Snapshots.sale(sale(ServiceMode.TAKE_OUT, PaymentState.AWAITING_PAYMENT,
                CashTender.exact(275), new PayPayTender(500, "m-1", null))).outcome())
                .isEqualTo(SyncedSale.Outcome.OPEN);
        // A PayPay tender whose payment row is not found never counts as sold.
        assertThat(Snapshots.sale(sale(ServiceMode.TAKE_OUT, null, new PayPayTender(775, "m-1", null)))
                .outcome()).isEqualTo(SyncedSale.Outcome.OPEN);
    }

    @ParameterizedTest
    @EnumSource(ServiceMode.class)
    @DisplayName("a sale travels whole: lines at the rate they were taxed at, per-rate totals, tenders, receipt number")
    void saleWhole(ServiceMode mode) {
        OutboxEntry.Sale entry = sale(mode, PaymentState.COMPLETED,
                new PayPayTender(775, "m-1", "pp-1"));
        SyncedSale s = Snapshots.sale(entry);

        assertThat(s.serviceMode().name()).isEqualTo(mode.name());
        assertThat(s.saleId()).isEqualTo(4);
        assertThat(s.receiptNumber()).isEqualTo(12);
        assertThat(s.total()).isEqualTo(entry.record().totals().total());
        assertThat(s.lines()).extracting(SyncedSale.Line::name, SyncedSale.Line::taxRate, SyncedSale.Line::amount)
                .containsExactly(tuple("コーヒー", mode == ServiceMode.EAT_IN ? 10 : 8, 660L),
                        tuple("レジ袋", 10, 5L), tuple("切手", 0, 110L));
        assertThat(s.rates()).extracting(SyncedSale.Rate::gross).containsExactlyElementsOf(
                entry.record().totals().rates().stream().map(r -> r.gross()).toList());
        assertThat(s.tenders()).containsExactly(new SyncedSale.Tender(SyncedSale.TenderKind.PAYPAY, s.total(), "m-1"));
    }

    @ParameterizedTest
    @EnumSource(TaxCategory.class)
    @DisplayName("every tax category and tender kind of the sale model travels by its own name")
    void saleNames(TaxCategory category) {
        assertThat(SyncedSale.Category.valueOf(category.name()).name()).isEqualTo(category.name());
        for (TenderKind kind : TenderKind.values()) {
            assertThat(SyncedSale.TenderKind.valueOf(kind.name()).name()).isEqualTo(kind.name());
        }
    }

    @ParameterizedTest
    @EnumSource(TillState.class)
    @DisplayName("a till session travels with its state, and its Z report once closed")
    void tillSession(TillState state) {
        boolean closed = state == TillState.CLOSED;
        TillSessionRecord record = new TillSessionRecord(5, BusinessDay.of(T), state, 30_000, T, T,
                closed ? T.plusSeconds(3600) : null);
        SyncedTillSession s = Snapshots.tillSession(new OutboxEntry.TillSession(3, record,
                closed ? new OutboxEntry.Close(2, 41_000, 41_500) : null));

        assertThat(s.state().name()).isEqualTo(state.name());
        assertThat(s.businessDate()).isEqualTo("2026-11-02");
        assertThat(s.openingFloat()).isEqualTo(30_000);
        assertThat(s.zNumber()).isEqualTo(closed ? 2 : null);
        assertThat(s.countedCash()).isEqualTo(closed ? 41_000L : null);
        assertThat(s.expectedCash()).isEqualTo(closed ? 41_500L : null);
        assertThat(s.closedAt()).isEqualTo(closed ? T.plusSeconds(3600).toEpochMilli() : null);
    }
}
