package dev.kaikei.hq.api;

import static dev.kaikei.hq.api.SyncApiTest.batch;
import static dev.kaikei.hq.api.SyncApiTest.payment;
import static dev.kaikei.hq.api.SyncApiTest.refund;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kaikei.hq.HqFixture;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("GET /api/v1/days/{yyyy-MM-dd}")
class DayApiTest {

    private static HqFixture hq;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        hq = HqFixture.start();
        hq.owner("owner");
        hq.manager("manager-s2", "S2");
        hq.manager("locked", "S2");
        String s1t1 = hq.enrol("S1", "T1");
        String s2t1 = hq.enrol("S2", "T1");
        hq.enrol("S2", "T2");
        hq.push(s1t1, batch(payment(1, "m-1", "COMPLETED", 1200), payment(2, "m-2", "COMPLETED", 1200),
                refund(3, "r-1", 200), payment(4, "m-3", "AWAITING_PAYMENT", 0)));
        hq.push(s2t1, batch(payment(1, "m-1", "COMPLETED", 1200).replace("\"canceled\":false",
                "\"canceled\":true").replace("\"state\":\"COMPLETED\"", "\"state\":\"CANCELED\"")));
    }

    @AfterAll
    static void stop() {
        hq.close();
    }

    @Test
    @DisplayName("an owner gets every store and till with exactly the agreed fields")
    void owner() throws Exception {
        var response = hq.getBasic("/api/v1/days/2026-11-02", "owner", HqFixture.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json;charset=UTF-8");
        JsonNode day = JSON.readTree(response.body());
        assertThat(names(day)).containsExactly("date", "netYen", "stores");
        assertThat(day.get("date").asText()).isEqualTo("2026-11-02");
        assertThat(day.get("netYen").asLong()).isEqualTo(1200 + 1200 - 200 + 1200 - 1200);
        assertThat(day.get("stores")).hasSize(2);
        JsonNode s1 = day.get("stores").get(0);
        assertThat(names(s1)).containsExactly("storeId", "terminals");
        assertThat(s1.get("storeId").asText()).isEqualTo("S1");
        JsonNode t1 = s1.get("terminals").get(0);
        assertThat(names(t1)).containsExactly("terminalId", "salesCount", "salesYen", "refundsYen", "cancelsYen",
                "netYen", "unresolved", "lastSyncAt");
        assertThat(t1.get("terminalId").asText()).isEqualTo("T1");
        assertThat(t1.get("salesCount").asLong()).isEqualTo(2);
        assertThat(t1.get("salesYen").asLong()).isEqualTo(2400);
        assertThat(t1.get("refundsYen").asLong()).isEqualTo(200);
        assertThat(t1.get("cancelsYen").asLong()).isZero();
        assertThat(t1.get("netYen").asLong()).isEqualTo(2200);
        assertThat(t1.get("unresolved").asLong()).isEqualTo(1);
        assertThat(t1.get("lastSyncAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        JsonNode s2 = day.get("stores").get(1);
        assertThat(s2.get("terminals")).hasSize(2);
        assertThat(s2.get("terminals").get(0).get("cancelsYen").asLong()).isEqualTo(1200);
        assertThat(s2.get("terminals").get(1).get("lastSyncAt").isNull()).isTrue();
    }

    @Test
    @DisplayName("a manager sees only their store")
    void manager() throws Exception {
        var response = hq.getBasic("/api/v1/days/2026-11-02", "manager-s2", HqFixture.PASSWORD);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode day = JSON.readTree(response.body());
        assertThat(day.get("stores")).hasSize(1);
        assertThat(day.get("stores").get(0).get("storeId").asText()).isEqualTo("S2");
        assertThat(day.get("netYen").asLong()).isZero();
    }

    @Test
    @DisplayName("a day without payments lists the tills with zeros")
    void emptyDay() throws Exception {
        JsonNode day = JSON.readTree(hq.getBasic("/api/v1/days/2026-11-03", "owner", HqFixture.PASSWORD).body());
        assertThat(day.get("netYen").asLong()).isZero();
        assertThat(day.get("stores").get(0).get("terminals").get(0).get("salesCount").asLong()).isZero();
    }

    @Test
    @DisplayName("no, wrong or malformed credentials, or a terminal token, are a 401 with a Basic challenge")
    void unauthorized() {
        assertThat(hq.getBasic("/api/v1/days/2026-11-02", "owner", "wrong password").statusCode()).isEqualTo(401);
        assertThat(hq.getBasic("/api/v1/days/2026-11-02", "nobody", HqFixture.PASSWORD).statusCode())
                .isEqualTo(401);
        var none = hq.send(HttpRequest.newBuilder(hq.uri().resolve("/api/v1/days/2026-11-02")).GET().build());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
        for (String header : List.of("Basic !!!", "Basic " + Base64.getEncoder().encodeToString(
                "no-colon".getBytes()), "Bearer " + hq.enrol("S9", "T9"))) {
            assertThat(hq.send(HttpRequest.newBuilder(hq.uri().resolve("/api/v1/days/2026-11-02"))
                    .header("Authorization", header).GET().build()).statusCode()).as(header).isEqualTo(401);
        }
    }

    @Test
    @DisplayName("after 5 wrong passwords a user is throttled (429 with Retry-After), even with the right one")
    void throttled() {
        for (int i = 0; i < 5; i++) {
            assertThat(hq.getBasic("/api/v1/days/2026-11-02", "locked", "guess " + i).statusCode()).isEqualTo(401);
        }
        var response = hq.getBasic("/api/v1/days/2026-11-02", "locked", HqFixture.PASSWORD);
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).get().asString().matches("\\d+");
    }

    @ParameterizedTest
    @DisplayName("a malformed or impossible day is a 400")
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "yesterday", "2026-1-2", "2026-11-02x", "'%20OR%201=1"})
    void badDay(String day) {
        assertThat(hq.getBasic("/api/v1/days/" + day, "owner", HqFixture.PASSWORD).statusCode()).isEqualTo(400);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
