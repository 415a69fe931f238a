package dev.kaikei.hq.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.hq.HqFixture;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("POST /api/v1/sync")
class SyncApiTest {

    private static HqFixture hq;
    private static String token;
    private static final long T = Instant.parse("2026-11-02T01:00:00Z").toEpochMilli();

    @BeforeAll
    static void start() {
        hq = HqFixture.start();
        token = hq.enrol("S1", "T1");
    }

    @AfterAll
    static void stop() {
        hq.close();
    }

    @BeforeEach
    void empty() {
        hq.scalar("WITH a AS (DELETE FROM operations RETURNING 1), b AS (DELETE FROM payments RETURNING 1) "
                + "SELECT 0");
        // The deletes' triggers took every row's part out again; what is left is empty rows.
        hq.scalar("WITH a AS (DELETE FROM day_totals RETURNING 1), b AS (DELETE FROM day_refunds RETURNING 1) "
                + "SELECT 0");
    }

    static String payment(long seq, String id, String state, long sale) {
        return "{\"seq\":" + seq + ",\"payment\":{\"merchantPaymentId\":\"" + id + "\",\"kind\":\"QR\","
                + "\"amount\":1200,\"description\":\"latte\",\"paypayPaymentId\":null,\"state\":\"" + state + "\","
                + "\"createdAt\":" + T + ",\"updatedAt\":" + (T + seq) + ",\"attention\":null,\"saleYen\":" + sale
                + ",\"canceled\":false,\"open\":" + (sale == 0) + "}}";
    }

    static String refund(long seq, String key, long refundYen) {
        return "{\"seq\":" + seq + ",\"operation\":{\"key\":\"" + key + "\",\"merchantPaymentId\":\"m-1\","
                + "\"kind\":\"REFUND\",\"amount\":200,\"state\":\"SUCCEEDED\",\"createdAt\":" + T + ",\"updatedAt\":"
                + T + ",\"refundYen\":" + refundYen + ",\"open\":false}}";
    }

    static String batch(String... changes) {
        return "{\"changes\":[" + String.join(",", changes) + "]}";
    }

    @Test
    @DisplayName("stores a batch and acknowledges its last sequence number")
    void stores() {
        var response = hq.push(token, batch(payment(1, "m-1", "COMPLETED", 1200), refund(2, "r-1", 200)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"ackedSeq\":2,\"lastSeq\":2}");
        assertThat(hq.scalar("SELECT sum(sale_yen) FROM payments")).isEqualTo(1200);
        assertThat(hq.scalar("SELECT sum(refund_yen) FROM operations")).isEqualTo(200);
        assertThat(hq.scalar("SELECT count(*) FROM payments WHERE business_day = '2026-11-02'")).isEqualTo(1);
    }

    @Test
    @DisplayName("the same batch twice, or an older version after a newer one, changes nothing")
    void idempotent() {
        String newer = batch(payment(5, "m-1", "COMPLETED", 1200));
        String older = batch(payment(3, "m-1", "AWAITING_PAYMENT", 0));
        assertThat(hq.push(token, newer).statusCode()).isEqualTo(200);
        assertThat(hq.push(token, newer).statusCode()).isEqualTo(200);
        assertThat(hq.push(token, older).statusCode()).isEqualTo(200);

        assertThat(hq.scalar("SELECT count(*) FROM payments")).isEqualTo(1);
        assertThat(hq.scalar("SELECT sale_yen FROM payments")).isEqualTo(1200);
        assertThat(hq.scalar("SELECT seq FROM payments")).isEqualTo(5);
    }

    @Test
    @DisplayName("the per-day partial aggregates stay equal to the rows through inserts, newer versions and replays")
    void aggregatesExact() {
        hq.push(token, batch(payment(11, "a-1", "AWAITING_PAYMENT", 0), payment(12, "a-2", "COMPLETED", 1200),
                refund(13, "ra-1", 0)));
        hq.push(token, batch(payment(14, "a-1", "COMPLETED", 1200), refund(15, "ra-1", 200)));
        hq.push(token, batch(payment(11, "a-1", "AWAITING_PAYMENT", 0), refund(13, "ra-1", 0)));
        hq.push(token, batch(payment(16, "a-2", "CANCELED", 1200).replace("\"canceled\":false",
                "\"canceled\":true")));

        assertThat(hq.scalar("SELECT sum(sales_yen) FROM day_totals"))
                .isEqualTo(hq.scalar("SELECT sum(sale_yen) FROM payments")).isEqualTo(2400);
        assertThat(hq.scalar("SELECT sum(sales_count) FROM day_totals")).isEqualTo(2);
        assertThat(hq.scalar("SELECT sum(cancels_yen) FROM day_totals")).isEqualTo(1200);
        assertThat(hq.scalar("SELECT sum(open_payments) FROM day_totals")).isZero();
        assertThat(hq.scalar("SELECT sum(refunds_yen) FROM day_refunds")).isEqualTo(200);
    }

    @Test
    @DisplayName("an empty batch records that the till is alive")
    void heartbeat() {
        String quiet = hq.enrol("S1", "T-quiet");
        assertThat(hq.scalar("SELECT count(*) FROM terminals WHERE terminal_id = 'T-quiet' "
                + "AND last_sync_at IS NULL")).isEqualTo(1);

        var response = hq.push(quiet, batch());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"ackedSeq\":0,\"lastSeq\":0}");
        assertThat(hq.scalar("SELECT count(*) FROM terminals WHERE terminal_id = 'T-quiet' "
                + "AND last_sync_at IS NOT NULL")).isEqualTo(1);
    }

    @Test
    @DisplayName("a missing, wrong or revoked token is refused and nothing is stored")
    void tokens() {
        String body = batch(payment(1, "m-9", "COMPLETED", 1200));
        String revoked = hq.enrol("S1", "T-old");
        hq.revoke("S1", "T-old");

        assertThat(hq.push("not-a-token", body).statusCode()).isEqualTo(401);
        assertThat(hq.push(revoked, body).statusCode()).isEqualTo(401);
        assertThat(hq.push(token + "x", body).statusCode()).isEqualTo(401);
        assertThat(hq.send(HttpRequest.newBuilder(hq.uri().resolve("/api/v1/sync"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build())
                .statusCode()).isEqualTo(401);
        assertThat(hq.scalar("SELECT count(*) FROM payments")).isZero();
    }

    @Test
    @DisplayName("another store's till writes only its own rows, never another till's with the same id")
    void otherStore() {
        String other = hq.enrol("S2", "T1");
        hq.push(token, batch(payment(1, "m-1", "COMPLETED", 1200)));

        hq.push(other, batch(payment(9, "m-1", "CANCELED", 0)));

        assertThat(hq.scalar("SELECT sale_yen FROM payments p JOIN terminals t ON t.id = p.terminal_ref "
                + "WHERE t.store_id = 'S1'")).isEqualTo(1200);
        assertThat(hq.scalar("SELECT count(*) FROM payments")).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("bad input is a 400 and stores nothing")
    @ValueSource(strings = {
            "{not json",
            "{\"changes\":[{\"seq\":1,\"payment\":{\"merchantPaymentId\":\"m-1\"",
            "[]",
            "{}",
            "{\"changes\":null}",
            "{\"changes\":[null]}",
            "{\"changes\":[{\"seq\":\"1\",\"payment\":null}]}",
            "{\"changes\":[{\"seq\":1.5}]}",
            "{\"changes\":[{\"seq\":1}]}",
            "{\"changes\":[],\"extra\":1}",
            "{\"changes\":[]} trailing",
            "PAYMENT:amount:\"1200\"",
            "PAYMENT:amount:12.5",
            "PAYMENT:amount:-1",
            "PAYMENT:amount:true",
            "PAYMENT:saleYen:99999",
            "PAYMENT:merchantPaymentId:\"m-1'; DROP TABLE payments; --\"",
            "PAYMENT:merchantPaymentId:null",
            "PAYMENT:state:\"completed; DELETE\"",
            "PAYMENT:createdAt:0",
            "PAYMENT:description:\"line\\nbreak\"",
            "PAYMENT:open:\"yes\"",
            "SEQ:descending",
            "BOTH"})
    void badInput(String caseName) {
        String body = switch (caseName.split(":")[0]) {
            case "PAYMENT" -> {
                String[] p = caseName.split(":", 3);
                yield batch(payment(1, "m-1", "COMPLETED", 1200)
                        .replaceFirst("\"" + p[1] + "\":(\"[^\"]*\"|[^,}]+)", "\"" + p[1] + "\":"
                                + p[2].replace("\\", "\\\\").replace("$", "\\$")));
            }
            case "SEQ" -> batch(payment(2, "m-1", "COMPLETED", 1200), payment(1, "m-2", "COMPLETED", 1200));
            case "BOTH" -> batch(payment(1, "m-1", "COMPLETED", 1200)
                    .replace("}}", "},\"operation\":" + refund(2, "r", 1).split("\"operation\":")[1]));
            default -> caseName;
        };
        var response = hq.push(token, body);

        assertThat(response.statusCode()).as(body).isEqualTo(400);
        assertThat(response.body()).startsWith("{\"error\":");
        assertThat(hq.scalar("SELECT count(*) FROM payments")).isZero();
        assertThat(hq.scalar("SELECT count(*) FROM operations")).isZero();
    }

    @Test
    @DisplayName("SQL metacharacters in free text are stored as text, nothing else")
    void metacharactersInText() {
        String text = "latte'); DROP TABLE payments; -- \\\"x\\\"";
        var response = hq.push(token, batch(payment(1, "m-1", "COMPLETED", 1200)
                .replace("\"latte\"", "\"" + text + "\"")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(hq.scalar("SELECT count(*) FROM payments WHERE description = 'latte''); DROP TABLE payments; "
                + "-- \"x\"'")).isEqualTo(1);
    }

    @Test
    @DisplayName("a batch of more than 500 changes is a 400, a form a 415, a GET a 405")
    void sizesAndMethods() {
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 501; i++) {
            many.append(i > 1 ? "," : "").append(payment(i, "m-" + i, "COMPLETED", 1200));
        }
        assertThat(hq.push(token, batch(many.toString())).statusCode()).isEqualTo(400);
        assertThat(hq.send(HttpRequest.newBuilder(hq.uri().resolve("/api/v1/sync"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(batch())).build()).statusCode()).isEqualTo(415);
        assertThat(hq.send(HttpRequest.newBuilder(hq.uri().resolve("/api/v1/sync")).GET().build()).statusCode())
                .isEqualTo(405);
        assertThat(hq.scalar("SELECT count(*) FROM payments")).isZero();
    }

    @Test
    @DisplayName("a till sending a body over the limit hears the 413, every time, declared or chunked")
    void hugeBodyIsAlways413() {
        String huge = "{\"changes\":[" + payment(1, "m-1", "COMPLETED", 1200) + " ".repeat(3 * 1024 * 1024) + "]}";
        // The client is still sending when HQ knows its answer: repeated, because a reset instead of the answer
        // came only now and then.
        for (int i = 0; i < 5; i++) {
            var declared = hq.push(token, huge);
            assertThat(declared.statusCode()).isEqualTo(413);
            assertThat(declared.body()).contains("larger than");
            var chunked = hq.send(HttpRequest.newBuilder(hq.uri().resolve("/api/v1/sync"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                            huge.getBytes(StandardCharsets.UTF_8)))).build());
            assertThat(chunked.statusCode()).isEqualTo(413);
        }
        assertThat(hq.scalar("SELECT count(*) FROM payments")).isZero();
    }

    @Test
    @DisplayName("a refused token with a large batch is heard as 401, not as a dropped connection")
    void refusedBeforeTheBodyIsRead() {
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 500; i++) {
            many.append(i > 1 ? "," : "").append(payment(i, "m-" + i, "COMPLETED", 1200)
                    .replace("\"latte\"", "\"" + "x".repeat(255) + "\""));
        }
        String body = batch(many.toString());
        assertThat(body.length()).isGreaterThan(200 * 1024);
        for (int i = 0; i < 5; i++) {
            assertThat(hq.push("not-a-token", body).statusCode()).isEqualTo(401);
        }
        assertThat(hq.scalar("SELECT count(*) FROM payments")).isZero();
    }

    @Test
    @DisplayName("a body declared larger than HQ ever reads is refused unread, answered with Connection: close")
    void declaredFarTooLarge() throws Exception {
        try (Socket socket = new Socket(hq.uri().getHost(), hq.uri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/sync HTTP/1.1\r\nHost: hq\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + (64L * 1024 * 1024)
                    + "\r\n\r\n{\"changes\":[").getBytes(StandardCharsets.US_ASCII));
            out.flush();

            // The answer comes while the client has sent a few bytes of the 64 MiB it announced.
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            int length = Integer.parseInt(head.replaceFirst("(?is).*\r\ncontent-length: *(\\d+).*", "$1"));
            String answer = new String(in.readNBytes(length), StandardCharsets.UTF_8);

            assertThat(head).startsWith("HTTP/1.1 413").containsIgnoringCase("\r\nconnection: close\r\n");
            assertThat(answer).contains("larger than");
        }
        assertThat(hq.scalar("SELECT count(*) FROM payments")).isZero();
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("HQ closed the connection before its answer ended: " + head);
            }
            head.append((char) b);
        }
        return head.toString();
    }
}
