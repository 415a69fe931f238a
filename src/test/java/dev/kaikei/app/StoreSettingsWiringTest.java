package dev.kaikei.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.config.Settings;
import dev.kaikei.journal.CallEvent;
import dev.kaikei.journal.Journal;
import dev.kaikei.opa.Credentials;
import dev.kaikei.opa.OpaClientConfig;
import dev.kaikei.opa.OpaResult;
import dev.kaikei.opa.PayPayClient;
import dev.kaikei.opa.model.PaymentDetails;
import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.payment.CustomerCharge;
import dev.kaikei.payment.LinkOutcome;
import dev.kaikei.payment.LinkProblem;
import dev.kaikei.payment.LinkedCustomers;
import dev.kaikei.simulator.CustomerAction;
import dev.kaikei.simulator.PayPaySimulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code store.id} and {@code paypay.linkRedirectUrl} from the settings file reach PayPay (the embedded simulator over
 * loopback, asked afterwards what it holds) and the journal.
 */
@DisplayName("AppContext: store.id and paypay.linkRedirectUrl reach PayPay and the journal")
class StoreSettingsWiringTest {

    private static final String STORE_ID = "渋谷店-01";
    private static final String REDIRECT = "http://127.0.0.1:9/kaikei/linked";

    @TempDir
    Path dir;

    private Path journal() {
        return dir.resolve("journal.sqlite");
    }

    /** The simulator config plus {@code extra} lines. */
    private Settings settings(String extra) throws IOException {
        Path config = TestPayPay.simulatorConfig(dir, journal());
        Files.writeString(config, Files.readString(config) + extra);
        return TestPayPay.load(dir, config);
    }

    /** What PayPay (the simulator) holds for the payment, read over its API with its own keys. */
    private static PaymentDetails atPayPay(PayPaySimulator sim, String merchantPaymentId, boolean qr) {
        try (PayPayClient client = new PayPayClient(OpaClientConfig.builder(
                Credentials.of(sim.apiKey(), sim.apiSecret(), sim.merchantId())).baseUrl(sim.baseUri().toString())
                .build())) {
            OpaResult<PaymentDetails> r = qr ? client.getQrPaymentDetails(merchantPaymentId)
                    : client.getPaymentDetails(merchantPaymentId);
            assertThat(r).isInstanceOf(OpaResult.Success.class);
            return ((OpaResult.Success<PaymentDetails>) r).data();
        }
    }

    private static String paidQrCheckout(AppContext ctx) {
        Checkout c = ctx.engine().start(new ChargeRequest(1200, "Coffee", false));
        await().atMost(Duration.ofSeconds(10)).until(() -> c.status().phase() == CheckoutPhase.AWAITING_PAYMENT);
        String codeId = ctx.history().detail(c.merchantPaymentId()).orElseThrow().codeId().orElseThrow();
        ctx.simulator().orElseThrow().payCode(codeId);
        await().atMost(Duration.ofSeconds(10)).until(() -> c.status().phase() == CheckoutPhase.PAID);
        return c.merchantPaymentId();
    }

    /** Starts an account link and lets the customer approve it in the simulator. */
    private static CustomerAction.LinkResult approvedLink(AppContext ctx, String reference) {
        LinkOutcome started = ctx.engine().customers().linkCustomer(reference, Optional.empty());
        assertThat(started).as(started.message()).isInstanceOf(LinkOutcome.Started.class);
        String url = ((LinkOutcome.Started) started).linkUrl();
        return ctx.simulator().orElseThrow().approveLink(url.substring(url.lastIndexOf('/') + 1));
    }

    private String journalStoreId(String merchantPaymentId) {
        try (Journal j = Journal.open(journal())) {
            return j.findPayment(merchantPaymentId).orElseThrow().storeId();
        }
    }

    @Test
    @DisplayName("with store.id set, a QR checkout sends it as storeId and the journal row keeps it")
    void qrCheckoutSendsStoreId() throws IOException {
        String id;
        try (AppContext ctx = AppContext.open(settings("store.id=" + STORE_ID + "\n"), TestPayPay.fastOptions())) {
            id = paidQrCheckout(ctx);
            assertThat(atPayPay(ctx.simulator().orElseThrow(), id, true).storeId()).isEqualTo(STORE_ID);
            assertThat(ctx.history().detail(id).orElseThrow().storeId()).contains(STORE_ID);
        }
        assertThat(journalStoreId(id)).isEqualTo(STORE_ID);
    }

    @Test
    @DisplayName("with store.id set, direct-debit charges and pre-authorizations send it too")
    void nativeChargesSendStoreId() throws IOException {
        String charged;
        String authorized;
        try (AppContext ctx = AppContext.open(settings("store.id=" + STORE_ID + "\n"), TestPayPay.fastOptions())) {
            LinkedCustomers customers = ctx.engine().customers();
            LinkOutcome linked = customers.completeLink(approvedLink(ctx, "M-001").responseToken());
            assertThat(linked).as(linked.message()).isInstanceOf(LinkOutcome.Linked.class);
            CustomerCharge paid = customers.chargeCustomer("M-001", 500, "Bento", false);
            assertThat(paid).as(paid.message()).isInstanceOf(CustomerCharge.Paid.class);
            CustomerCharge held = customers.preAuthorizeCustomer("M-001", 730, "Rental", true);
            assertThat(held).as(held.message()).isInstanceOf(CustomerCharge.Authorized.class);
            charged = ((CustomerCharge.Paid) paid).merchantPaymentId();
            authorized = ((CustomerCharge.Authorized) held).merchantPaymentId();
            PayPaySimulator sim = ctx.simulator().orElseThrow();
            assertThat(atPayPay(sim, charged, false).storeId()).isEqualTo(STORE_ID);
            assertThat(atPayPay(sim, authorized, false).storeId()).isEqualTo(STORE_ID);
        }
        assertThat(journalStoreId(charged)).isEqualTo(STORE_ID);
        assertThat(journalStoreId(authorized)).isEqualTo(STORE_ID);
    }

    @Test
    @DisplayName("without store.id no storeId is sent or journaled; in training mode the link returns to the"
            + " simulator's own page")
    void nothingConfigured() throws IOException {
        String id;
        try (AppContext ctx = AppContext.open(settings(""), TestPayPay.fastOptions())) {
            id = paidQrCheckout(ctx);
            assertThat(atPayPay(ctx.simulator().orElseThrow(), id, true).storeId()).isNull();
            PayPaySimulator sim = ctx.simulator().orElseThrow();
            assertThat(approvedLink(ctx, "M-002").redirectUrl())
                    .startsWith(sim.baseUri() + "/simulator/linked?responseToken=");
        }
        assertThat(journalStoreId(id)).isNull();
    }

    @Test
    @DisplayName("the account-link session sends the configured redirect URL (http:// allowed in training mode)")
    void linkUsesConfiguredRedirect() throws IOException {
        try (AppContext ctx = AppContext.open(settings("paypay.linkRedirectUrl=" + REDIRECT + "\n"),
                TestPayPay.fastOptions())) {
            assertThat(ctx.engine().customers().redirectUrl()).contains(REDIRECT);
            CustomerAction.LinkResult link = approvedLink(ctx, "M-003");
            assertThat(link.redirectUrl()).startsWith(REDIRECT + "?responseToken=");
            // The page PayPay returns to carries the token Kaikei completes the link with.
            LinkOutcome done = ctx.engine().customers().completeLink(link.redirectUrl());
            assertThat(done).as(done.message()).isInstanceOf(LinkOutcome.Linked.class);
        }
    }

    @Test
    @DisplayName("training mode: the simulator's return page shows the token, and pasting its address links")
    void simulatorReturnPageShowsTheToken() throws Exception {
        try (AppContext ctx = AppContext.open(settings(""), TestPayPay.fastOptions())) {
            CustomerAction.LinkResult link = approvedLink(ctx, "M-004");
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(link.redirectUrl())).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(link.responseToken());
            LinkOutcome done = ctx.engine().customers().completeLink(link.redirectUrl());
            assertThat(done).as(done.message()).isInstanceOf(LinkOutcome.Linked.class);
        }
    }

    @Test
    @DisplayName("outside training mode there is no default return page: linking is refused before anything is sent")
    void noReturnPageOutsideTraining() throws IOException {
        try (PayPaySimulator sim = TestPayPay.startSimulator(300)) {
            Path config = TestPayPay.stagingConfig(dir, sim, journal());
            Files.writeString(config, Files.readString(config).replaceAll("(?m)^paypay\\.linkRedirectUrl=.*\n", ""));
            try (AppContext ctx = AppContext.open(TestPayPay.load(dir, config), TestPayPay.fastOptions())) {
                assertThat(ctx.engine().customers().redirectUrl()).isEmpty();

                LinkOutcome outcome = ctx.engine().customers().linkCustomer("M-005", Optional.empty());

                assertThat(outcome).isInstanceOfSatisfying(LinkOutcome.Refused.class,
                        r -> assertThat(r.problem()).isEqualTo(LinkProblem.RETURN_PAGE_NOT_SET));
                assertThat(outcome.message()).contains("paypay.linkRedirectUrl");
                assertThat(ctx.engine().customers().customers()).isEmpty();
            }
        }
        try (Journal j = Journal.open(journal())) {
            assertThat(j.recentEvents(50)).extracting(CallEvent::operation)
                    .doesNotContain("CREATE_ACCOUNT_LINK_QR_SESSION");
        }
    }
}
