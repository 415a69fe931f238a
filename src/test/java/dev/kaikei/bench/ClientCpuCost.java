package dev.kaikei.bench;

import dev.kaikei.opa.Credentials;
import dev.kaikei.opa.OpaClientConfig;
import dev.kaikei.opa.PayPayClient;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import jp.ne.paypay.ApiClient;
import jp.ne.paypay.Configuration;
import jp.ne.paypay.api.PaymentApi;

/**
 * Complements {@link ClientBenchmark}: on a 2-core VM a loopback round trip (thread wake-ups on both sides) bounds the
 * throughput of any client, so this measures what the calling thread itself spends per call — CPU time of the client
 * thread (sign, serialize, HTTP framing, parse), and wall time — for our client and the official SDK against the same
 * canned server, alternating rounds in one run. Args: [calls per round] [rounds].
 */
public final class ClientCpuCost {

    private ClientCpuCost() {
    }

    private interface Call {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        byte[] body = ("{\"resultInfo\":{\"code\":\"SUCCESS\",\"message\":\"Success\",\"codeId\":\"08100001\"},"
                + "\"data\":{\"paymentId\":\"04123456789012345678\",\"status\":\"COMPLETED\",\"acceptedAt\":1735689650,"
                + "\"refunds\":{\"data\":[]},\"merchantPaymentId\":\"BENCH-0001\",\"amount\":{\"amount\":1200,"
                + "\"currency\":\"JPY\"},\"requestedAt\":1735689600}}").getBytes(StandardCharsets.UTF_8);
        byte[] ok = CannedHttpServer.response(200, "OK", body);
        try (CannedHttpServer server = new CannedHttpServer(method -> ok)) {
            String base = "http://127.0.0.1:" + server.port();
            PayPayClient ours = new PayPayClient(OpaClientConfig.builder(
                    Credentials.of("bench_key", "YmVuY2hTZWNyZXRGb3JLYWlrZWk=", "bench_merchant")).baseUrl(base).build());
            ApiClient apiClient = new Configuration().getDefaultApiClient();
            apiClient.setApiKey("bench_key");
            apiClient.setApiSecretKey("YmVuY2hTZWNyZXRGb3JLYWlrZWk=");
            apiClient.setAssumeMerchant("bench_merchant");
            apiClient.setBasePath(base);
            PaymentApi official = new PaymentApi(apiClient);
            Call oursGet = () -> ours.getQrPaymentDetails("BENCH-0001");
            Call officialGet = () -> official.getCodesPaymentDetails("BENCH-0001");
            measure(oursGet, calls / 4);
            measure(officialGet, calls / 4);
            for (int r = 1; r <= rounds; r++) {
                double[] a = measure(oursGet, calls);
                double[] b = measure(officialGet, calls);
                System.out.printf("round %d  GET poll: ours %.1f us CPU / %.1f us wall per call;"
                        + " official SDK %.1f us CPU / %.1f us wall; CPU ratio %.2fx%n", r, a[0], a[1], b[0], b[1],
                        b[0] / a[0]);
            }
            ours.close();
        }
    }

    /** Client-thread CPU and wall microseconds per call. */
    private static double[] measure(Call call, int n) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            call.run();
        }
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        return new double[] {cpu / 1000.0 / n, wall / 1000.0 / n};
    }
}
