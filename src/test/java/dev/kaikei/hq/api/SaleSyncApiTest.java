package dev.kaikei.hq.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.hq.HqFixture;
import dev.kaikei.hq.figures.Figures;
import dev.kaikei.hq.figures.PeriodFigures;
import dev.kaikei.hq.figures.RateFigures;
import dev.kaikei.hq.figures.Scope;
import dev.kaikei.hq.figures.TenderFigures;
import dev.kaikei.hq.figures.TillClose;
import dev.kaikei.sync.wire.SyncedTillSession;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("POST /api/v1/sync with sales and till sessions")
class SaleSyncApiTest {

    private static final long T = Instant.parse("2026-11-02T01:00:00Z").toEpochMilli();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static HqFixture hq;
    private static String token;

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
        // Deleting the sales cascades to their parts, whose triggers take them out of the day's figures.
        hq.scalar("WITH a AS (DELETE FROM sales RETURNING 1), b AS (DELETE FROM till_sessions RETURNING 1) SELECT 0");
        hq.scalar("WITH a AS (DELETE FROM day_rates RETURNING 1), b AS (DELETE FROM day_tenders RETURNING 1) "
                + "SELECT 0");
    }

    /** Coffee ×2 (8 %, ¥660), a bag (10 %, ¥5), a stamp (0 %, ¥110): ¥775 with ¥48 tax, as the till works it out. */
    static String sale(long seq, long saleId, String outcome, String tenders) {
        return "{\"seq\":" + seq + ",\"sale\":{\"saleId\":" + saleId + ",\"createdAt\":" + T + ","
                + "\"serviceMode\":\"TAKE_OUT\",\"total\":775,\"tax\":48,\"receiptNumber\":" + saleId + ","
                + "\"outcome\":\"" + outcome + "\",\"lines\":["
                + "{\"code\":\"c\",\"name\":\"コーヒー\",\"unitPrice\":330,\"quantity\":2,\"category\":\"REDUCED\","
                + "\"taxRate\":8,\"amount\":660},"
                + "{\"code\":\"b\",\"name\":\"レジ袋\",\"unitPrice\":5,\"quantity\":1,\"category\":\"STANDARD\","
                + "\"taxRate\":10,\"amount\":5},"
                + "{\"code\":null,\"name\":\"切手\",\"unitPrice\":110,\"quantity\":1,\"category\":\"NON_TAXABLE\","
                + "\"taxRate\":0,\"amount\":110}],"
                + "\"rates\":[{\"taxRate\":10,\"gross\":5,\"net\":5,\"tax\":0},"
                + "{\"taxRate\":8,\"gross\":660,\"net\":612,\"tax\":48},"
                + "{\"taxRate\":0,\"gross\":110,\"net\":110,\"tax\":0}],"
                + "\"tenders\":" + tenders + "}}";
    }

    static String paypay(long amount, String id) {
        return "{\"kind\":\"PAYPAY\",\"amount\":" + amount + ",\"merchantPaymentId\":\"" + id + "\"}";
    }

    static String cash(long amount) {
        return "{\"kind\":\"CASH\",\"amount\":" + amount + "}";
    }

    static String session(long seq, String state, String close) {
        return "{\"seq\":" + seq + ",\"tillSession\":{\"businessDate\":\"2026-11-02\",\"state\":\"" + state + "\","
                + "\"openingFloat\":30000,\"openedAt\":" + T + close + "}}";
    }

    private static PeriodFigures figures() throws Exception {
        return new Figures(hq.db().dataSource()).period(DAY, DAY, Scope.everyStore());
    }

    @Test
    @DisplayName("a sold sale is stored whole and counts by tax rate and tender (cash beside PayPay)")
    void stored() throws Exception {
        var response = hq.push(token, SyncApiTest.batch(sale(1, 1, "SOLD", "[" + paypay(775, "m-1") + "]"),
                sale(2, 2, "SOLD", "[" + cash(275) + "," + paypay(500, "m-2") + "]"),
                sale(3, 3, "SOLD", "[" + cash(775) + "]")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(hq.scalar("SELECT count(*) FROM sale_lines")).isEqualTo(9);
        assertThat(hq.scalar("SELECT sum(receipt_number) FROM sales")).isEqualTo(6);
        PeriodFigures f = figures();
        assertThat(f.rates()).containsExactly(new RateFigures(10, 3, 15, 15, 0),
                new RateFigures(8, 3, 1980, 1836, 144), new RateFigures(0, 3, 330, 330, 0));
        assertThat(f.tenders()).contains(new TenderFigures("CASH", 2, 1050));
    }

    @Test
    @DisplayName("a newer version replaces the sale (sold, then canceled leaves the figures); an older one or the same "
            + "batch twice changes nothing")
    void versions() throws Exception {
        String sold = SyncApiTest.batch(sale(5, 1, "SOLD", "[" + paypay(775, "m-1") + "]"));
        String open = SyncApiTest.batch(sale(4, 1, "OPEN", "[" + paypay(775, "m-1") + "]"));
        String canceled = SyncApiTest.batch(sale(9, 1, "CANCELED", "[" + paypay(775, "m-1") + "]"));

        assertThat(hq.push(token, open).statusCode()).isEqualTo(200);
        assertThat(figures().rates()).isEmpty();
        assertThat(hq.push(token, sold).statusCode()).isEqualTo(200);
        assertThat(hq.push(token, sold).statusCode()).isEqualTo(200);
        assertThat(hq.push(token, open).statusCode()).isEqualTo(200);
        assertThat(figures().rates()).extracting(RateFigures::gross).containsExactly(5L, 660L, 110L);
        assertThat(hq.scalar("SELECT count(*) FROM sale_lines")).isEqualTo(3);

        assertThat(hq.push(token, canceled).statusCode()).isEqualTo(200);
        assertThat(hq.push(token, sold).statusCode()).isEqualTo(200);
        assertThat(figures().rates()).isEmpty();
        assertThat(hq.scalar("SELECT count(*) FROM sales WHERE outcome = 'CANCELED'")).isEqualTo(1);
        assertThat(hq.scalar("SELECT count(*) FROM sale_lines")).isEqualTo(3);
    }

    @Test
    @DisplayName("a till session is stored when it opens and updated, with its Z report, when it closes; the figures "
            + "list it with its over / short")
    void tillSession() throws Exception {
        assertThat(hq.push(token, SyncApiTest.batch(session(1, "OPEN", ""))).statusCode()).isEqualTo(200);
        assertThat(hq.scalar("SELECT count(*) FROM till_sessions WHERE state = 'OPEN'")).isEqualTo(1);
        assertThat(figures().closes()).containsExactly(new TillClose("S1", "T1", DAY, SyncedTillSession.State.OPEN,
                null, null, null));

        String closed = session(2, "CLOSED", ",\"closedAt\":" + (T + 3_600_000) + ",\"zNumber\":3,"
                + "\"countedCash\":41000,\"expectedCash\":41500");
        assertThat(hq.push(token, SyncApiTest.batch(closed)).statusCode()).isEqualTo(200);
        assertThat(hq.push(token, SyncApiTest.batch(session(1, "OPEN", ""))).statusCode()).isEqualTo(200);

        assertThat(hq.scalar("SELECT z_number FROM till_sessions WHERE state = 'CLOSED' AND counted_cash = 41000 "
                + "AND expected_cash = 41500")).isEqualTo(3);
        assertThat(hq.scalar("SELECT count(*) FROM till_sessions")).isEqualTo(1);
        assertThat(figures().closes()).singleElement().satisfies(c -> {
            assertThat(c.zNumber()).isEqualTo(3);
            assertThat(c.overShort()).isEqualTo(-500);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "net + tax is not gross      | \"net\":612,\"tax\":48                   | \"net\":600,\"tax\":48",
        "a tax rate that is no rate  | \"taxRate\":8,\"gross\":660              | \"taxRate\":9,\"gross\":660",
        "tenders short of the total  | \"kind\":\"CASH\",\"amount\":775         | \"kind\":\"CASH\",\"amount\":770",
        "quantity zero               | \"quantity\":2                           | \"quantity\":0",
        "unknown outcome             | \"outcome\":\"SOLD\"                     | \"outcome\":\"MAYBE\"",
        "outcome a number            | \"outcome\":\"SOLD\"                     | \"outcome\":1",
        "negative total              | \"total\":775                            | \"total\":-775",
        "tax above the total         | \"tax\":48,\"receiptNumber\"             | \"tax\":900,\"receiptNumber\"",
        "a line name too long        | \"name\":\"切手\"                         | \"name\":\"" + "LONG" + "\"",
        "control character in a name | \"name\":\"切手\"                         | \"name\":\"切\\u0000手\"",
        "cash with a payment id      | \"kind\":\"CASH\",\"amount\":775         | \"kind\":\"CASH\",\"merchantPaymentId\":\"m-1\",\"amount\":775",
        "a sale and a payment at once| \"sale\":{                               | \"payment\":null,\"operation\":null,\"tillSession\":{\"businessDate\":\"2026-11-02\",\"state\":\"OPEN\",\"openingFloat\":0,\"openedAt\":1793581200000},\"sale\":{",
    })
    @DisplayName("a malformed sale is a 400 and nothing of its batch is stored")
    void malformed(String what, String from, String to) {
        String good = sale(1, 1, "SOLD", "[" + cash(775) + "]");
        String bad = good.replace(from, to.replace("LONG", "x".repeat(65)));
        assertThat(bad).as(what).isNotEqualTo(good);

        // A good sale first: the whole batch is refused, not only the bad change.
        var response = hq.push(token, SyncApiTest.batch(sale(1, 2, "SOLD", "[" + cash(775) + "]"),
                bad.replace("\"seq\":1", "\"seq\":2")));

        assertThat(response.statusCode()).as(what).isEqualTo(400);
        assertThat(hq.scalar("SELECT count(*) FROM sales")).isZero();
        assertThat(hq.scalar("SELECT count(*) FROM sale_lines")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "closed without closedAt | \"state\":\"OPEN\"        | \"state\":\"CLOSED\"",
        "a date that is no date  | \"2026-11-02\"            | \"2026-13-02\"",
        "a negative float        | \"openingFloat\":30000    | \"openingFloat\":-1",
        "an unknown state        | \"state\":\"OPEN\"        | \"state\":\"AJAR\"",
    })
    @DisplayName("a malformed till session is a 400 and stores nothing")
    void malformedSession(String what, String from, String to) {
        String bad = session(1, "OPEN", "").replace(from, to);
        assertThat(hq.push(token, SyncApiTest.batch(bad)).statusCode()).as(what).isEqualTo(400);
        assertThat(hq.scalar("SELECT count(*) FROM till_sessions")).isZero();
    }
}
