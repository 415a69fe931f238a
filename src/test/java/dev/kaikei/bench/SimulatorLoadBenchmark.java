package dev.kaikei.bench;

import dev.kaikei.simulator.PayPaySimulator;
import dev.kaikei.simulator.SignedClient;
import dev.kaikei.simulator.SimulatorOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * Load test of the simulator on loopback: 16 threads, each with a keep-alive HTTP/1.1 connection, send signed
 * requests for a fixed time — 9 of 10 polls ({@code GET /v2/codes/payments/{id}}), 1 of 10 creates
 * ({@code POST /v2/codes}). Prints requests/s and errors. Args: [threads] [seconds].
 */
public final class SimulatorLoadBenchmark {

    private SimulatorLoadBenchmark() {
    }

    /**
     * One signed request on {@link HttpURLConnection}, which keeps connections alive per thread and costs far less CPU
     * than {@code java.net.http.HttpClient}: on 2 cores the client must not eat the server's share.
     */
    private static int send(PayPaySimulator sim, String method, String path, String body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) sim.baseUri().resolve(path).toURL().openConnection();
        c.setRequestMethod(method);
        c.setRequestProperty("Authorization", SignedClient.authorization(sim.apiKey(), sim.apiSecret(), method, path,
                body, SignedClient.JSON, Long.toHexString(System.nanoTime()), sim.clock().epochSecond()));
        if (body != null) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", SignedClient.JSON);
            c.setFixedLengthStreamingMode(bytes.length);
            try (OutputStream out = c.getOutputStream()) {
                out.write(bytes);
            }
        }
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            if (in != null) {
                in.readAllBytes();
            }
        }
        return status;
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 10;
        try (PayPaySimulator sim = new PayPaySimulator(SimulatorOptions.builder().build()).start()) {
            SignedClient setup = new SignedClient(sim);
            setup.post("/v2/codes", "{\"merchantPaymentId\":\"bench-poll\",\"amount\":{\"amount\":100,"
                    + "\"currency\":\"JPY\"},\"codeType\":\"ORDER_QR\"}");
            LongAdder ok = new LongAdder();
            LongAdder errors = new LongAdder();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long warmupEnd = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            long start = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            long end = start + Duration.ofSeconds(seconds).toNanos();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    long i = 0;
                    while (true) {
                        long now = System.nanoTime();
                        if (now >= end) {
                            return;
                        }
                        boolean measured = now >= warmupEnd;
                        boolean good;
                        try {
                            good = (i++ % 10 == 9)
                                    ? send(sim, "POST", "/v2/codes", "{\"merchantPaymentId\":\"b-" + thread + "-" + i
                                    + "\",\"amount\":{\"amount\":100,\"currency\":\"JPY\"},\"codeType\":\"ORDER_QR\"}")
                                    == 201
                                    : send(sim, "GET", "/v2/codes/payments/bench-poll", null) == 200;
                        } catch (IOException e) {
                            good = false;
                        }
                        if (measured) {
                            (good ? ok : errors).increment();
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            double elapsed = (System.nanoTime() - start) / 1e9;
            System.out.printf("threads=%d seconds=%.1f requests=%d errors=%d throughput=%.0f req/s%n", threads,
                    elapsed, ok.sum(), errors.sum(), (ok.sum() + errors.sum()) / elapsed);
        }
    }
}
