package dev.kaikei.bench;

import dev.kaikei.opa.Credentials;
import dev.kaikei.opa.OpaClientConfig;
import dev.kaikei.opa.OpaResult;
import dev.kaikei.opa.PayPayClient;
import dev.kaikei.opa.model.CreateQrCodeRequest;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.PaymentDetails;
import dev.kaikei.opa.model.QrCode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import jp.ne.paypay.ApiClient;
import jp.ne.paypay.ApiException;
import jp.ne.paypay.Configuration;
import jp.ne.paypay.api.PaymentApi;
import jp.ne.paypay.model.QRCode;
import jp.ne.paypay.model.QRCodeDetails;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Per-call cost on loopback (sign + serialize + HTTP + parse) of our client (OkHttp) and the official PayPay Java SDK
 * 1.0.8, against the same minimal canned-response HTTP/1.1 server ({@link CannedHttpServer}: a few microseconds per
 * request, so the client's own cost is what differs). Single-threaded. {@code rawSocketGet} is the floor: the same GET
 * exchange as one write and one read on a plain socket, no HTTP library, no signing, no JSON; no client can poll faster.
 * Every benchmark also reports what the client itself spends in CPU per call ({@link ClientCpuProfiler}), and
 * {@link #main} prints the create and GET throughput ratios and the CPU per poll side by side, all from one run:
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) dev.kaikei.bench.ClientBenchmark
 * </pre>
 * JMH's own flags may follow (e.g. {@code -wi 3 -i 5}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Threads(1)
public class ClientBenchmark {

    private static final String API_KEY = "bench_key";
    private static final String SECRET = "YmVuY2hTZWNyZXRGb3JLYWlrZWk=";
    private static final String MERCHANT = "bench_merchant";
    private static final String MPI = "BENCH-0001";

    private static final byte[] QR_RESPONSE = ("{\"resultInfo\":{\"code\":\"SUCCESS\",\"message\":\"Success\","
            + "\"codeId\":\"08100001\"},\"data\":{\"codeId\":\"04-AbCdEfGhIjKlMnOp\","
            + "\"url\":\"https://qr-stg.sandbox.paypay.ne.jp/28180104AbCdEfGhIjKlMnOp\","
            + "\"deeplink\":\"paypay://payment?link_key=https%3A%2F%2Fqr-stg.sandbox.paypay.ne.jp%2F28180104\","
            + "\"expiryDate\":1735689900,\"merchantPaymentId\":\"" + MPI + "\","
            + "\"amount\":{\"amount\":1200,\"currency\":\"JPY\"},\"orderDescription\":\"Coffee x2\","
            + "\"codeType\":\"ORDER_QR\",\"storeId\":\"S1\",\"terminalId\":\"T1\",\"requestedAt\":1735689600,"
            + "\"isAuthorization\":false}}").getBytes(StandardCharsets.UTF_8);
    private static final byte[] PAYMENT_RESPONSE = ("{\"resultInfo\":{\"code\":\"SUCCESS\",\"message\":\"Success\","
            + "\"codeId\":\"08100001\"},\"data\":{\"paymentId\":\"04123456789012345678\",\"status\":\"COMPLETED\","
            + "\"acceptedAt\":1735689650,\"refunds\":{\"data\":[]},\"merchantPaymentId\":\"" + MPI + "\","
            + "\"amount\":{\"amount\":1200,\"currency\":\"JPY\"},\"requestedAt\":1735689600,"
            + "\"storeId\":\"S1\",\"terminalId\":\"T1\",\"orderDescription\":\"Coffee x2\"}}")
            .getBytes(StandardCharsets.UTF_8);

    private static final byte[] RAW_GET = ("GET /v2/codes/payments/" + MPI + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    private CannedHttpServer server;
    private Socket raw;
    private byte[] rawResponse;
    private PayPayClient ours;
    private PaymentApi official;
    private CreateQrCodeRequest ourQr;
    private QRCode officialQr;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        byte[] created = CannedHttpServer.response(201, "Created", QR_RESPONSE);
        byte[] ok = CannedHttpServer.response(200, "OK", PAYMENT_RESPONSE);
        server = new CannedHttpServer(method -> "POST".equals(method) ? created : ok);
        String base = "http://127.0.0.1:" + server.port();
        raw = new Socket(InetAddress.getLoopbackAddress(), server.port());
        raw.setTcpNoDelay(true);
        rawResponse = new byte[ok.length];

        ours = new PayPayClient(OpaClientConfig.builder(Credentials.of(API_KEY, SECRET, MERCHANT))
                .baseUrl(base).build());
        ourQr = CreateQrCodeRequest.builder(MPI, MoneyAmount.yen(1200)).orderDescription("Coffee x2")
                .storeId("S1").terminalId("T1").build();

        ApiClient apiClient = new Configuration().getDefaultApiClient();
        apiClient.setApiKey(API_KEY);
        apiClient.setApiSecretKey(SECRET);
        apiClient.setAssumeMerchant(MERCHANT);
        apiClient.setBasePath(base);
        official = new PaymentApi(apiClient);
        officialQr = new QRCode();
        officialQr.setMerchantPaymentId(MPI);
        officialQr.setAmount(new jp.ne.paypay.model.MoneyAmount().amount(1200)
                .currency(jp.ne.paypay.model.MoneyAmount.CurrencyEnum.JPY));
        officialQr.setCodeType("ORDER_QR");
        officialQr.setOrderDescription("Coffee x2");
        officialQr.setStoreId("S1");
        officialQr.setTerminalId("T1");

        // Fail fast if either side is misconfigured rather than benchmarking errors.
        if (!ours.createQrCode(ourQr).isSuccess() || !ours.getQrPaymentDetails(MPI).isSuccess()) {
            throw new IllegalStateException("our client does not succeed against the bench server");
        }
        if (official.createQRCode(officialQr).getData() == null
                || official.getCodesPaymentDetails(MPI).getData() == null) {
            throw new IllegalStateException("official SDK does not succeed against the bench server");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        ours.close();
        raw.close();
        server.close();
    }

    /** Runs every benchmark of this class in one JMH run with {@link ClientCpuProfiler}, then prints the ratios. */
    public static void main(String[] args) throws CommandLineOptionException, RunnerException {
        Options options = new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(ClientBenchmark.class.getName() + "\\.").forks(1)
                .addProfiler(ClientCpuProfiler.class).build();
        Map<String, RunResult> byName = new TreeMap<>();
        for (RunResult r : new Runner(options).run()) {
            String name = r.getParams().getBenchmark();
            byName.put(name.substring(name.lastIndexOf('.') + 1), r);
        }
        System.out.printf("%n%-28s %14s %18s %18s%n", "one run, loopback", "calls/s", "client CPU us/call",
                "thread CPU us/call");
        byName.forEach((name, r) -> System.out.printf("%-28s %14.0f %18.1f %18.1f%n", name,
                r.getPrimaryResult().getScore(), cpu(r, ClientCpuProfiler.CLIENT), cpu(r, ClientCpuProfiler.THREAD)));
        RunResult oursCreate = byName.get("oursCreateQrCode");
        RunResult officialCreate = byName.get("officialCreateQrCode");
        RunResult oursGet = byName.get("oursGetQrPaymentDetails");
        RunResult officialGet = byName.get("officialGetQrPaymentDetails");
        if (oursCreate == null || officialCreate == null || oursGet == null || officialGet == null) {
            return; // a subset was asked for (-e / a regexp): no ratios
        }
        System.out.printf("create QR:  ours / official SDK throughput %.2fx%n",
                oursCreate.getPrimaryResult().getScore() / officialCreate.getPrimaryResult().getScore());
        System.out.printf("GET (poll): ours / official SDK throughput %.2fx%n",
                oursGet.getPrimaryResult().getScore() / officialGet.getPrimaryResult().getScore());
        System.out.printf("client CPU per poll: ours %.1f us, official SDK %.1f us (official / ours %.2fx)%n",
                cpu(oursGet, ClientCpuProfiler.CLIENT), cpu(officialGet, ClientCpuProfiler.CLIENT),
                cpu(officialGet, ClientCpuProfiler.CLIENT) / cpu(oursGet, ClientCpuProfiler.CLIENT));
    }

    private static double cpu(RunResult r, String key) {
        Result<?> result = r.getSecondaryResults().get(key);
        return result == null ? Double.NaN : result.getScore();
    }

    @Benchmark
    public byte[] rawSocketGet() throws IOException {
        raw.getOutputStream().write(RAW_GET);
        if (raw.getInputStream().readNBytes(rawResponse, 0, rawResponse.length) != rawResponse.length) {
            throw new IOException("server closed the raw connection");
        }
        return rawResponse;
    }

    @Benchmark
    public OpaResult<QrCode> oursCreateQrCode() {
        return ours.createQrCode(ourQr);
    }

    @Benchmark
    public QRCodeDetails officialCreateQrCode() throws ApiException {
        return official.createQRCode(officialQr);
    }

    @Benchmark
    public OpaResult<PaymentDetails> oursGetQrPaymentDetails() {
        return ours.getQrPaymentDetails(MPI);
    }

    @Benchmark
    public jp.ne.paypay.model.PaymentDetails officialGetQrPaymentDetails() throws ApiException {
        return official.getCodesPaymentDetails(MPI);
    }
}
