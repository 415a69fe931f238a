package dev.kaikei.bench;

import dev.kaikei.opa.Credentials;
import dev.kaikei.opa.OpaClientConfig;
import dev.kaikei.opa.PayPayClient;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.Socket;
import com.sun.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.ne.paypay.ApiClient;
import jp.ne.paypay.Configuration;
import jp.ne.paypay.api.PaymentApi;

/**
 * Complements {@link ClientBenchmark}. On a small VM a loopback round trip is mostly the cost of waking the other side's
 * thread (and its idle vCPU), the same for any client, so throughput alone hides what a client itself costs. This
 * measures, per GET poll against the same canned server, alternating rounds in one run:
 * <ul>
 *   <li>calling-thread CPU (sign, serialize, HTTP framing, parse, socket syscalls);</li>
 *   <li>client CPU in all threads: process CPU minus the server's threads, so helper threads a client wakes per call
 *       (connection-pool cleaners, timeout watchdogs) and its garbage collection count too;</li>
 *   <li>wall time, next to a raw-socket round trip (one write, one read, no HTTP library) as the floor.</li>
 * </ul>
 * Args: [calls per slice] [rounds].
 */
public final class ClientCpuCost {

    private ClientCpuCost() {
    }

    private interface Call {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        byte[] body = ("{\"resultInfo\":{\"code\":\"SUCCESS\",\"message\":\"Success\",\"codeId\":\"08100001\"},"
                + "\"data\":{\"paymentId\":\"04123456789012345678\",\"status\":\"COMPLETED\",\"acceptedAt\":1735689650,"
                + "\"refunds\":{\"data\":[]},\"merchantPaymentId\":\"BENCH-0001\",\"amount\":{\"amount\":1200,"
                + "\"currency\":\"JPY\"},\"requestedAt\":1735689600}}").getBytes(StandardCharsets.UTF_8);
        byte[] ok = CannedHttpServer.response(200, "OK", body);
        try (CannedHttpServer server = new CannedHttpServer(method -> ok);
             Socket raw = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            String base = "http://127.0.0.1:" + server.port();
            PayPayClient ours = new PayPayClient(OpaClientConfig.builder(
                    Credentials.of("bench_key", "YmVuY2hTZWNyZXRGb3JLYWlrZWk=", "bench_merchant")).baseUrl(base).build());
            ApiClient apiClient = new Configuration().getDefaultApiClient();
            apiClient.setApiKey("bench_key");
            apiClient.setApiSecretKey("YmVuY2hTZWNyZXRGb3JLYWlrZWk=");
            apiClient.setAssumeMerchant("bench_merchant");
            apiClient.setBasePath(base);
            PaymentApi official = new PaymentApi(apiClient);
            raw.setTcpNoDelay(true);
            byte[] rawRequest = "GET /v2/codes/payments/BENCH-0001 HTTP/1.1\r\nHost: x\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] rawBuffer = new byte[ok.length];
            Call rawGet = () -> {
                raw.getOutputStream().write(rawRequest);
                raw.getInputStream().readNBytes(rawBuffer, 0, ok.length);
            };
            Call oursGet = () -> ours.getQrPaymentDetails("BENCH-0001");
            Call officialGet = () -> official.getCodesPaymentDetails("BENCH-0001");
            // Warm up by time, not count: pinned to one core, the JIT competes with the calls for a long while.
            long warmUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < warmUntil) {
                measure(oursGet, calls);
                measure(officialGet, calls);
                measure(rawGet, calls);
            }
            // Short slices, order rotated every round, so the machine's changing moods hit all three alike.
            String[] names = {"raw socket", "ours", "official SDK"};
            Call[] subjects = {rawGet, oursGet, officialGet};
            List<List<double[]>> samples = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            List<Double> cpuRatios = new ArrayList<>();
            List<Double> wallRatios = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                double[][] round = new double[3][];
                for (int k = 0; k < 3; k++) {
                    int i = (r + k) % 3;
                    round[i] = measure(subjects[i], calls);
                    samples.get(i).add(round[i]);
                }
                cpuRatios.add(round[2][1] / round[1][1]);
                wallRatios.add(round[2][2] / round[1][2]);
            }
            System.out.printf("GET poll, %d rounds of %d calls each; medians in us per call%n", rounds, calls);
            System.out.printf("%-13s %12s %12s %10s%n", "", "thread CPU", "client CPU", "wall");
            for (int i = 0; i < 3; i++) {
                System.out.printf("%-13s %12.1f %12.1f %10.1f%n", names[i], median(samples.get(i), 0),
                        median(samples.get(i), 1), median(samples.get(i), 2));
            }
            System.out.printf("official / ours, median of per-round ratios: client CPU %.2fx, wall %.2fx"
                    + " (thread CPU: calling thread only; client CPU: all threads but the server's)%n",
                    median(cpuRatios), median(wallRatios));
            ours.close();
        }
    }

    private static double median(List<double[]> rows, int column) {
        List<Double> values = new ArrayList<>();
        for (double[] row : rows) {
            values.add(row[column]);
        }
        return median(values);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Calling-thread CPU, client CPU in all threads, and wall time, in microseconds per call. */
    private static double[] measure(Call call, int n) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long thread0 = threads.getCurrentThreadCpuTime();
        long process0 = os.getProcessCpuTime();
        long server0 = serverCpu(threads);
        long wall0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            call.run();
        }
        long wall = System.nanoTime() - wall0;
        long thread = threads.getCurrentThreadCpuTime() - thread0;
        long client = os.getProcessCpuTime() - process0 - (serverCpu(threads) - server0);
        return new double[] {thread / 1000.0 / n, client / 1000.0 / n, wall / 1000.0 / n};
    }

    /** CPU so far of the canned server's threads (one per connection; they live as long as their connection). */
    private static long serverCpu(ThreadMXBean threads) {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("canned-http")) {
                long cpu = threads.getThreadCpuTime(t.getId());
                sum += Math.max(0, cpu);
            }
        }
        return sum;
    }
}
