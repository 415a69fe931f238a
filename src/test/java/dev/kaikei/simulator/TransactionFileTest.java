package dev.kaikei.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** PayPay's daily transaction file as the simulator writes it from its books (paypay-api.md §12.1). */
@DisplayName("the simulator's daily transaction file")
class TransactionFileTest extends SimulatorFixture {

    private static final Charset SJIS = Charset.forName("Windows-31J");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private List<String> lines(boolean preAuth) {
        PayPaySimulator.TransactionFileDownload f = sim.transactionFile(DAY, preAuth);
        assertThat(f.fileName()).isEqualTo((preAuth ? "preauth_" : "") + "transaction_" + sim.merchantId()
                + "_20260310000000_20260310235959_v2.csv");
        return new String(f.bytes(), SJIS).lines().toList();
    }

    @Test
    @DisplayName("instant file: Shift_JIS, Japanese header, a sale, its refund negative under the payment's id, LF")
    void instantFile() {
        String paymentId = paidCode("t-1", 1200);
        paidCode("t-2", 300);
        refund("r-1", paymentId, 1200);
        sim.clock().advance(Duration.ofDays(1));
        paidCode("t-3", 999); // the next day: not in this file

        List<String> lines = lines(false);

        assertThat(lines.get(0)).isEqualTo("決済番号,加盟店ID,屋号,店舗ID,店舗名,端末番号/PosID,取引ステータス,取引日時,取引金額,"
                + "レシート番号,支払い方法,マーチャント決済ID,支払い詳細");
        assertThat(lines).hasSize(4);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(paymentId + ",").contains(",S1,")
                .contains(",T1,取引完了,2026-03-10T12:00:00+09:00,1200,")
                .endsWith(",t-1,\"[{\"\"paymentMethod\"\":\"\"PayPay残高\"\",\"\"amount\"\":1200}]\""));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",返金完了,").contains(",-1200,")
                .contains(",t-1,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",取引完了,").contains(",300,"));
        assertThat(new String(sim.transactionFile(DAY, false).bytes(), SJIS)).doesNotContain("\r");
    }

    @Test
    @DisplayName("pre-auth file: AUTHORIZED by the payment id, COMPLETED by the merchantCaptureId")
    void preAuthFile() {
        String codeId = createCode("p-1", 5000, true).data().get("codeId").asText();
        String paymentId = sim.payCode(codeId).paymentId();
        client.post("/v2/payments/capture", Map.of("merchantPaymentId", "p-1", "amount", money(4800),
                "merchantCaptureId", "c-1", "requestedAt", sim.clock().epochSecond(), "orderDescription", "deposit"));

        List<String> lines = lines(true);

        assertThat(lines.get(0)).startsWith("orderId,merchantId,brandName,storeId,storeName,terminalId,"
                + "transactionStatus,acceptedAt,amount");
        assertThat(lines.get(1)).startsWith(paymentId).contains(",AUTHORIZED,").contains(",5000,").contains(",p-1,");
        assertThat(lines.get(2)).contains(",COMPLETED,").contains(",4800,").contains(",c-1,");
    }

    @Test
    @DisplayName("served at GET /simulator/transaction-file; a bad date or type is a 400")
    void overHttp() throws Exception {
        paidCode("t-1", 1200);
        HttpResponse<byte[]> ok = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                sim.baseUri().resolve("/simulator/transaction-file?date=2026-03-10")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type")).contains("text/csv; charset=Shift_JIS");
        assertThat(new String(ok.body(), SJIS)).contains("取引完了");
        assertThat(client.raw(client.unsigned("/simulator/transaction-file?date=10.3.2026").GET().build()).status())
                .isEqualTo(400);
        assertThat(client.raw(client.unsigned("/simulator/transaction-file?date=2026-03-10&type=x").GET().build())
                .status()).isEqualTo(400);
    }
}
