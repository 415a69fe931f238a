package dev.kaikei.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Fault injection, per operation, over real HTTP")
class FaultInjectionTest extends SimulatorFixture {

    private boolean committed(String merchantPaymentId) {
        return sim.ledger().payment(merchantPaymentId).isPresent();
    }

    @Test
    void http500DoesNotCommit() {
        sim.faults().add(FaultRule.next(1, Operation.CREATE_QR, FaultKind.HTTP_500));
        assertError(createCode("f-1", 100, false), 500, "INTERNAL_SERVER_ERROR", "08101000");
        assertThat(committed("f-1")).isFalse();
        assertThat(createCode("f-1", 100, false).status()).as("rule used up").isEqualTo(201);
    }

    @Test
    void commitThenFailCommitsAndAnswers500() {
        sim.faults().add(FaultRule.next(1, Operation.CREATE_QR, FaultKind.COMMIT_THEN_FAIL));
        assertError(createCode("f-2", 100, false), 500, "INTERNAL_SERVER_ERROR", "08101000");
        assertThat(committed("f-2")).isTrue();
        assertThat(client.get("/v2/codes/payments/f-2").data().get("status").asText()).isEqualTo("CREATED");
    }

    @Test
    void badGatewayIsHtml() {
        sim.faults().add(FaultRule.next(1, Operation.GET_QR_PAYMENT, FaultKind.HTTP_502));
        SignedClient.Response r = client.get("/v2/codes/payments/x");
        assertThat(r.status()).isEqualTo(502);
        assertThat(r.headers().firstValue("Content-Type")).contains("text/html");
        assertThat(r.raw()).contains("502 Bad Gateway");
    }

    @Test
    void maintenanceIs503() {
        sim.faults().add(FaultRule.next(1, Operation.ANY, FaultKind.HTTP_503));
        assertError(client.get("/v2/payments/x"), 503, "MAINTENANCE_MODE", "08100999");
    }

    @Test
    void gatewayTimeoutIs504WithEmptyBody() {
        sim.faults().add(FaultRule.next(1, Operation.REFUND, FaultKind.HTTP_504));
        SignedClient.Response r = refund("rf", "12345678901234567890", 1);
        assertThat(r.status()).isEqualTo(504);
        assertThat(r.raw()).isEmpty();
    }

    @Test
    void rateLimitIs429WithRetryAfter() {
        sim.faults().add(FaultRule.next(1, Operation.GET_REFUND, FaultKind.RATE_LIMIT).retryAfter(7));
        SignedClient.Response r = client.get("/v2/refunds/x");
        assertError(r, 429, "RATE_LIMIT", "08100998");
        assertThat(r.headers().firstValue("Retry-After")).contains("7");
    }

    @Test
    void latencyDelaysTheAnswer() {
        sim.faults().add(FaultRule.next(1, Operation.CREATE_QR, FaultKind.LATENCY).latency(Duration.ofMillis(300)));
        long start = System.nanoTime();
        assertThat(createCode("f-3", 100, false).status()).isEqualTo(201);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void connectionResetGivesTheClientAnIOExceptionWithoutCommitting() {
        sim.faults().add(FaultRule.withProbability(1, Operation.CREATE_QR, FaultKind.CONNECTION_RESET));
        assertThatThrownBy(() -> createCode("f-4", 100, false)).isInstanceOf(UncheckedIOException.class);
        assertThat(committed("f-4")).isFalse();
    }

    @Test
    void connectionResetAfterCommitting() {
        sim.faults().add(FaultRule.withProbability(1, Operation.CREATE_QR, FaultKind.CONNECTION_RESET).committing());
        assertThatThrownBy(() -> createCode("f-5", 100, false)).isInstanceOf(UncheckedIOException.class);
        assertThat(committed("f-5")).isTrue();
    }

    @Test
    void noResponseHoldsTheConnectionUntilTheClientTimesOut() throws Exception {
        sim.faults().add(FaultRule.withProbability(1, Operation.CREATE_QR, FaultKind.NO_RESPONSE)
                .hold(Duration.ofSeconds(30)));
        String body = "{\"merchantPaymentId\":\"f-6\",\"amount\":{\"amount\":1,\"currency\":\"JPY\"},"
                + "\"codeType\":\"ORDER_QR\"}";
        HttpRequest request = client.unsigned("/v2/codes").timeout(Duration.ofMillis(500))
                .header("Content-Type", SignedClient.JSON)
                .header("Authorization", client.authorization("POST", "/v2/codes", body, SignedClient.JSON, "nn",
                        sim.clock().epochSecond()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpClient http = HttpClient.newHttpClient();
        assertThatThrownBy(() -> http.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void noResponseThenTheConnectionCloses() {
        // A POST: the JDK's client resends an unanswered GET by itself, and the simulator refuses that replay (401).
        sim.faults().add(FaultRule.withProbability(1, Operation.CREATE_QR, FaultKind.NO_RESPONSE)
                .hold(Duration.ofMillis(200)));
        assertThatThrownBy(() -> createCode("f-8", 100, false)).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void truncatedBodyCommitsAndSendsHalfTheJson() {
        sim.faults().add(FaultRule.next(1, Operation.CREATE_QR, FaultKind.TRUNCATED_BODY));
        SignedClient.Response r = createCode("f-7", 100, false);
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.raw()).startsWith("{\"resultInfo\"");
        assertThatThrownBy(r::json).isInstanceOf(AssertionError.class);
        assertThat(committed("f-7")).isTrue();
    }

    @Test
    void rulesMatchOnlyTheirOperationAndNeverTheToolApi() {
        sim.faults().add(FaultRule.withProbability(1, Operation.DELETE_QR, FaultKind.HTTP_500));
        assertThat(createCode("f-8", 100, false).status()).isEqualTo(201);
        sim.faults().replace(List.of(FaultRule.withProbability(1, Operation.ANY, FaultKind.HTTP_500)));
        assertThat(client.raw(client.unsigned("/simulator/ledger").GET().build()).status()).isEqualTo(200);
        sim.faults().clear();
        assertThat(client.get("/v2/codes/payments/f-8").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(value = Operation.class, names = {"ANY"}, mode = EnumSource.Mode.EXCLUDE)
    void everyOperationCanFail(Operation operation) {
        sim.faults().add(FaultRule.next(1, operation, FaultKind.HTTP_503));
        sim.faults().add(FaultRule.withProbability(1, Operation.ANY, FaultKind.HTTP_500));
        String path = switch (operation) {
            case CREATE_QR -> "POST /v2/codes";
            case GET_QR_PAYMENT -> "GET /v2/codes/payments/x";
            case DELETE_QR -> "DELETE /v2/codes/x";
            case CREATE_PAYMENT -> "POST /v2/payments";
            case GET_PAYMENT -> "GET /v2/payments/x";
            case CANCEL_PAYMENT -> "DELETE /v2/payments/x";
            case REFUND -> "POST /v2/refunds";
            case GET_REFUND -> "GET /v2/refunds/x";
            case CAPTURE -> "POST /v2/payments/capture";
            case REVERT -> "POST /v2/payments/preauthorize/revert";
            case PREAUTHORIZE -> "POST /v2/payments/preauthorize";
            case ACCOUNT_LINK -> "POST /v1/qr/sessions";
            case USER_AUTH_STATUS -> "GET /v2/user/authorizations?userAuthorizationId=u";
            case UNLINK -> "DELETE /v2/user/authorizations/u";
            case WALLET_BALANCE -> "GET /v2/wallet/check_balance?userAuthorizationId=u&amount=1&currency=JPY";
            case ANY -> throw new IllegalArgumentException();
        };
        String[] parts = path.split(" ");
        SignedClient.Response r = parts[0].equals("POST") ? client.post(parts[1], "{}")
                : client.send(parts[0], parts[1], null, null);
        assertThat(r.status()).as(operation + " picks its own rule first").isEqualTo(503);
    }

    @Test
    void probabilityRulesRepeatWithTheSameSeed() {
        assertThat(pattern(7)).isEqualTo(pattern(7)).contains(500).contains(400);
    }

    private List<Integer> pattern(long seed) {
        try (PayPaySimulator other = new PayPaySimulator(options().seed(seed).build()).start()) {
            other.faults().add(FaultRule.withProbability(0.5, Operation.GET_QR_PAYMENT, FaultKind.HTTP_500));
            SignedClient c = new SignedClient(other);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                statuses.add(c.get("/v2/codes/payments/x").status());
            }
            return statuses;
        }
    }
}
