package dev.kaikei.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import jp.ne.paypay.ApiClient;
import jp.ne.paypay.ApiException;
import jp.ne.paypay.Configuration;
import jp.ne.paypay.api.PaymentApi;
import jp.ne.paypay.model.MoneyAmount;
import jp.ne.paypay.model.PaymentDetails;
import jp.ne.paypay.model.PaymentState;
import jp.ne.paypay.model.QRCode;
import jp.ne.paypay.model.QRCodeDetails;
import jp.ne.paypay.model.Refund;
import jp.ne.paypay.model.RefundDetails;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The official PayPay Java SDK 1.0.8 signs requests the simulator accepts")
class OfficialSdkInteropTest {

    private PayPaySimulator sim;
    private PaymentApi api;

    @BeforeEach
    void start() throws Exception {
        // The SDK signs with the real clock: use a simulator on real time.
        sim = new PayPaySimulator(SimulatorOptions.builder().build()).start();
        ApiClient client = new Configuration().getDefaultApiClient();
        client.setProductionMode(false);
        client.setBasePathSandbox(sim.baseUri().toString());
        client.setBasePath(sim.baseUri().toString());
        client.setApiKey(sim.apiKey());
        client.setApiSecretKey(sim.apiSecret());
        client.setAssumeMerchant(sim.merchantId());
        api = new PaymentApi(client);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private static MoneyAmount yen(int amount) {
        return new MoneyAmount().amount(amount).currency(MoneyAmount.CurrencyEnum.JPY);
    }

    @Test
    void createPayGetRefundGetRefund() throws Exception {
        QRCode qr = new QRCode().merchantPaymentId("sdk-1").amount(yen(1500)).codeType("ORDER_QR");
        qr.setOrderDescription("SDK test");
        qr.setRequestedAt(Instant.now().getEpochSecond());
        QRCodeDetails created = api.createQRCode(qr);
        assertThat(created.getResultInfo().getCode()).isEqualTo("SUCCESS");
        String codeId = created.getData().getCodeId();
        assertThat(created.getData().getUrl()).endsWith("/simulator/pay/" + codeId);

        assertThat(api.getCodesPaymentDetails("sdk-1").getData().getStatus())
                .isEqualTo(PaymentState.StatusEnum.CREATED);
        sim.payCode(codeId);
        PaymentDetails details = api.getCodesPaymentDetails("sdk-1");
        assertThat(details.getData().getStatus()).isEqualTo(PaymentState.StatusEnum.COMPLETED);
        String paymentId = details.getData().getPaymentId();

        Refund refund = new Refund().merchantRefundId("sdk-r-1").paymentId(paymentId).amount(yen(1500))
                .requestedAt(Instant.now().getEpochSecond()).reason("returned");
        RefundDetails refunded = api.refundPayment(refund);
        assertThat(refunded.getResultInfo().getCode()).isEqualTo("SUCCESS");
        assertThat(refunded.getData().getStatus()).isNotNull();

        RefundDetails fetched = api.getRefundDetails("sdk-r-1");
        assertThat(fetched.getData().getPaymentId()).isEqualTo(paymentId);
        assertThat(fetched.getData().getAmount().getAmount()).isEqualTo(1500);
        assertThat(api.getCodesPaymentDetails("sdk-1").getData().getStatus())
                .isEqualTo(PaymentState.StatusEnum.REFUNDED);
        assertThat(sim.ledger().refunds()).singleElement()
                .satisfies(r -> assertThat(r.merchantRefundId()).isEqualTo("sdk-r-1"));
    }

    @Test
    void sdkWithAWrongSecretIsRejected() throws Exception {
        ApiClient client = new Configuration().getDefaultApiClient();
        client.setProductionMode(false);
        client.setBasePath(sim.baseUri().toString());
        client.setApiKey(sim.apiKey());
        client.setApiSecretKey("d3Jvbmc=");
        client.setAssumeMerchant(sim.merchantId());
        assertThatThrownBy(() -> new PaymentApi(client).getCodesPaymentDetails("x"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));
    }
}
