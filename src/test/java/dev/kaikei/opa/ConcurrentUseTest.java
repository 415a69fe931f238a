package dev.kaikei.opa;

import static dev.kaikei.opa.OpaServerFixture.envelope;
import static dev.kaikei.opa.OpaServerFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kaikei.opa.model.CreateQrCodeRequest;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.RefundRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One client shared by many threads: every request is correctly signed and every thread gets its own answers. */
class ConcurrentUseTest {

    private static final int THREADS = 16;
    private static final int CALLS = 24;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Echoes the ids of each request back, after checking its signature with the test's own code. */
    private static final class EchoDispatcher extends Dispatcher {
        final Queue<String> problems = new ConcurrentLinkedQueue<>();
        final AtomicInteger verified = new AtomicInteger();

        @Override
        public MockResponse dispatch(RecordedRequest r) {
            String problem = IndependentSignatureCheck.problem(r, OpaServerFixture.API_KEY, OpaServerFixture.SECRET);
            if (problem != null) {
                problems.add(r.getTarget() + ": " + problem);
                return json(401, envelope("UNAUTHORIZED", "08100016", "null"));
            }
            verified.incrementAndGet();
            try {
                String path = r.getUrl().encodedPath();
                if (path.equals("/v2/codes")) {
                    JsonNode body = JSON.readTree(r.getBody().toByteArray());
                    String id = body.get("merchantPaymentId").asText();
                    return json(201, envelope("SUCCESS", "08100001", "{\"codeId\":\"code-" + id
                            + "\",\"merchantPaymentId\":\"" + id + "\",\"amount\":" + body.get("amount") + "}"));
                }
                if (path.startsWith("/v2/codes/payments/")) {
                    String id = path.substring("/v2/codes/payments/".length());
                    return json(200, envelope("SUCCESS", "08100001", "{\"merchantPaymentId\":\"" + id
                            + "\",\"status\":\"CREATED\"}"));
                }
                if (path.equals("/v2/refunds")) {
                    JsonNode body = JSON.readTree(r.getBody().toByteArray());
                    return json(200, envelope("SUCCESS", "08100001", "{\"merchantRefundId\":\""
                            + body.get("merchantRefundId").asText() + "\",\"status\":\"CREATED\",\"amount\":"
                            + body.get("amount") + "}"));
                }
                if (path.startsWith("/v2/codes/")) {
                    return json(200, envelope("SUCCESS", "08100001", "null"));
                }
            } catch (IOException e) {
                problems.add(e.toString());
            }
            return json(404, envelope("RESOURCE_NOT_FOUND", "x", "null"));
        }
    }

    @Test
    @DisplayName(THREADS + " threads of mixed calls: all signatures verify and no answer crosses threads")
    void concurrentMixedCalls() throws Exception {
        EchoDispatcher dispatcher = new EchoDispatcher();
        try (OpaServerFixture fx = new OpaServerFixture()) {
            fx.server.setDispatcher(dispatcher);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    go.await();
                    return runThread(fx.client, thread);
                }));
            }
            go.countDown();
            List<String> mismatches = new ArrayList<>();
            for (Future<List<String>> f : futures) {
                mismatches.addAll(f.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();
            assertThat(dispatcher.problems).isEmpty();
            assertThat(mismatches).isEmpty();
            assertThat(dispatcher.verified.get()).isEqualTo(THREADS * CALLS);
        }
    }

    private static List<String> runThread(PayPayClient client, int thread) {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            String id = "T" + thread + "-" + i;
            long amount = thread * 1000L + i + 1;
            switch (i % 4) {
                case 0 -> {
                    var r = client.createQrCode(CreateQrCodeRequest.builder(id, MoneyAmount.yen(amount)).build());
                    var d = r.successData().orElse(null);
                    if (d == null || !("code-" + id).equals(d.codeId()) || d.amount().amount() != amount) {
                        wrong.add(id + " create " + r);
                    }
                }
                case 1 -> {
                    var r = client.getQrPaymentDetails(id);
                    if (r.successData().map(p -> !id.equals(p.merchantPaymentId())).orElse(true)) {
                        wrong.add(id + " poll " + r);
                    }
                }
                case 2 -> {
                    var r = client.refund(RefundRequest.of("R" + id, "pp-" + thread, MoneyAmount.yen(amount), "x"));
                    if (r.successData().map(d -> !("R" + id).equals(d.merchantRefundId())
                            || d.amount().amount() != amount).orElse(true)) {
                        wrong.add(id + " refund " + r);
                    }
                }
                default -> {
                    if (!client.deleteQrCode("code-" + id).isSuccess()) {
                        wrong.add(id + " delete");
                    }
                }
            }
        }
        return wrong;
    }
}
