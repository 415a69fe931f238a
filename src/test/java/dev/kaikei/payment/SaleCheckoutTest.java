package dev.kaikei.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.PaymentSearch;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.journal.SaleRecord;
import dev.kaikei.sale.CashTender;
import dev.kaikei.sale.PayPayTender;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.SaleLine;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxCategory;
import dev.kaikei.sale.TaxPolicy;
import dev.kaikei.simulator.FaultKind;
import dev.kaikei.simulator.FaultRule;
import dev.kaikei.simulator.Operation;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Charging a rung-up sale")
class SaleCheckoutTest extends EngineFixture {

    private static final Sale SALE = Sale.of(ServiceMode.TAKE_OUT, TaxPolicy.DEFAULT,
            new SaleLine("latte", "Latte", 450, 2, TaxCategory.REDUCED),
            new SaleLine("croissant", "Croissant", 280, 1, TaxCategory.REDUCED),
            SaleLine.of("Bag", 5, TaxCategory.STANDARD));

    @Test
    @DisplayName("the sale is journaled with the payment before PayPay has the code; PayPay gets the total and a "
            + "short description")
    void journaledBeforeTheCode() throws Exception {
        sim.faults().add(FaultRule.next(1, Operation.CREATE_QR, FaultKind.LATENCY).latency(Duration.ofMillis(700)));
        Checkout c = engine.start(ChargeRequest.forSale(SALE, List.of()));

        SaleRecord saved = journal.findSaleForPayment(c.merchantPaymentId()).orElseThrow();
        assertThat(sim.ledger().payments()).as("PayPay has no code yet").isEmpty();
        assertThat(saved.sale()).isEqualTo(SALE);
        assertThat(saved.totals()).isEqualTo(SALE.totals());
        assertThat(saved.tenders()).containsExactly(new PayPayTender(1185, c.merchantPaymentId(), null));
        assertThat(row(c.merchantPaymentId()).amount()).isEqualTo(1185);

        awaitPhase(c, CheckoutPhase.AWAITING_PAYMENT);
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(sim.baseUri()
                        + "/simulator/pay/" + codeId(c))).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("Latte ×2, Croissant, Bag").contains("1,185");
        sim.payCode(codeId(c));
        awaitPhase(c, CheckoutPhase.PAID);
        String paypayId = row(c.merchantPaymentId()).paypayPaymentId();
        assertThat(journal.findSaleForPayment(c.merchantPaymentId()).orElseThrow().payPayTender())
                .contains(new PayPayTender(1185, c.merchantPaymentId(), paypayId));
        assertJournalAgreesWithLedger();
    }

    @Test
    @DisplayName("PayPay creates the code but the answer is lost: the sale stays with its payment, which is resolved, "
            + "never charged twice; ringing it up again journals a new sale under a new id")
    void lostAnswer() {
        sim.faults().add(FaultRule.next(1, Operation.CREATE_QR, FaultKind.COMMIT_THEN_FAIL));
        Checkout first = engine.start(ChargeRequest.forSale(SALE, List.of()));
        CheckoutStatus end = awaitFinished(first);
        assertThat(end.phase()).isEqualTo(CheckoutPhase.FAILED);
        assertThat(row(first.merchantPaymentId()).state().wasPaid()).isFalse();
        assertThat(journal.findSaleForPayment(first.merchantPaymentId())).isPresent();

        Checkout again = engine.start(ChargeRequest.forSale(SALE, List.of()));
        awaitPhase(again, CheckoutPhase.AWAITING_PAYMENT);
        sim.payCode(codeId(again));
        awaitPhase(again, CheckoutPhase.PAID);
        reconcileUntilSettled();
        assertJournalAgreesWithLedger();

        List<SaleRecord> sales = journal.salesOn(BusinessDay.of(clock.instant()));
        assertThat(sales).hasSize(2);
        assertThat(sales).extracting(s -> row(s.payPayTender().orElseThrow().merchantPaymentId()).state())
                .containsExactly(PaymentState.FAILED, PaymentState.COMPLETED);
        assertThat(sim.ledger().payments()).filteredOn(p -> p.acceptedAt() != null).hasSize(1);
    }

    @Test
    @DisplayName("a split: cash pays part, the QR is for the rest, and both tenders are journaled")
    void split() {
        Checkout c = engine.start(ChargeRequest.forSale(SALE, List.of(new CashTender(1000, 1000))));
        assertThat(row(c.merchantPaymentId()).amount()).isEqualTo(185);
        assertThat(journal.findSaleForPayment(c.merchantPaymentId()).orElseThrow().tenders())
                .containsExactly(new CashTender(1000, 1000), new PayPayTender(185, c.merchantPaymentId(), null));
        awaitPhase(c, CheckoutPhase.AWAITING_PAYMENT);
        c.abandon();
        awaitFinished(c);
    }

    @Test
    @DisplayName("a request that does not match its sale is refused before anything is journaled")
    void refused() {
        assertThatThrownBy(() -> new ChargeRequest(1000, "", false, SALE, List.of()))
                .hasMessageContaining("not the ¥1185 left to pay");
        assertThatThrownBy(() -> new ChargeRequest(1185, "", true, SALE, List.of()))
                .hasMessageContaining("cannot be pre-authorized");
        assertThatThrownBy(() -> ChargeRequest.forSale(Sale.empty(ServiceMode.EAT_IN, TaxPolicy.DEFAULT), List.of()))
                .hasMessageContaining("no lines");
        assertThatThrownBy(() -> ChargeRequest.forSale(SALE, List.of(new CashTender(1185, 2000))))
                .hasMessageContaining("at least ¥1");
        assertThat(journal.search(PaymentSearch.all())).isEmpty();
    }
}
