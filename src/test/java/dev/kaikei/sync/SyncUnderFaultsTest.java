package dev.kaikei.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kaikei.config.HqLink;
import dev.kaikei.config.Secret;
import dev.kaikei.hq.FlakyProxy;
import dev.kaikei.hq.HqFixture;
import dev.kaikei.hq.figures.Figures;
import dev.kaikei.hq.figures.PeriodFigures;
import dev.kaikei.hq.figures.Scope;
import dev.kaikei.hq.figures.TenderFigures;
import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.DayReport;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.JournalOptions;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.journal.SaleRecord;
import dev.kaikei.sale.CashTender;
import dev.kaikei.sale.PayPayTender;
import dev.kaikei.sale.Tender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Sync under faults: HQ's totals equal the sum of the tills' own reports")
class SyncUnderFaultsTest {

    static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");
    static final BusinessDay DAY = BusinessDay.of(T0);
    static final SyncTiming FAST = SyncTiming.defaults().withBatchSize(7).withTimeout(Duration.ofSeconds(5))
            .withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)).withHeartbeat(Duration.ofMillis(200));

    @TempDir
    Path dir;

    static Journal journal(Path file) {
        return Journal.open(file, JournalOptions.defaults().withClock(Clock.fixed(T0, ZoneOffset.UTC)));
    }

    @Test
    @DisplayName("three tills of two stores, HQ down for a while, 500s, HTML error pages, dropped connections, "
            + "truncated answers, the same batch twice, a till stopped mid-batch")
    void totalsAgree() throws Exception {
        try (HqFixture hq = HqFixture.start(); FlakyProxy proxy = new FlakyProxy(hq.uri(), 42, 0.35)) {
            hq.owner("owner");
            Map<String, String> tills = new LinkedHashMap<>();
            tills.put("S1/T1", hq.enrol("S1", "T1"));
            tills.put("S1/T2", hq.enrol("S1", "T2"));
            tills.put("S2/T1", hq.enrol("S2", "T1"));

            Map<String, Journal> journals = new LinkedHashMap<>();
            Map<String, SyncPusher> pushers = new LinkedHashMap<>();
            Map<String, TillActivity> activity = new LinkedHashMap<>();
            long seed = 1;
            for (var till : tills.entrySet()) {
                Journal j = journal(dir.resolve(till.getKey().replace('/', '-') + ".db"));
                journals.put(till.getKey(), j);
                activity.put(till.getKey(), new TillActivity(j, till.getKey().replace('/', '-'), seed++));
                SyncPusher pusher = pusher(j, proxy, till.getValue());
                pusher.start();
                pushers.put(till.getKey(), pusher);
            }

            activity.values().forEach(a -> a.sales(30));
            proxy.down();
            activity.values().forEach(a -> a.sales(30));
            // While HQ is down every till keeps selling and its outbox grows.
            await().atMost(Duration.ofSeconds(10)).until(() -> pushers.values().stream()
                    .allMatch(p -> p.status().state() == SyncState.RETRYING));
            proxy.up();

            // S1/T2 stops mid-way (its pusher and journal closed with batches in flight), then starts again.
            pushers.get("S1/T2").close();
            journals.get("S1/T2").close();
            Journal reopened = journal(dir.resolve("S1-T2.db"));
            journals.put("S1/T2", reopened);
            TillActivity again = new TillActivity(reopened, "S1-T2b", 99);
            activity.put("S1/T2", again);
            SyncPusher restarted = pusher(reopened, proxy, tills.get("S1/T2"));
            restarted.start();
            pushers.put("S1/T2", restarted);

            activity.values().forEach(a -> a.sales(30));

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(pushers.values().stream()
                    .map(SyncPusher::status).toList()).allSatisfy(s -> {
                        assertThat(s.waiting()).isZero();
                        assertThat(s.state()).isEqualTo(SyncState.SYNCED);
                    }));
            assertThat(proxy.faults()).as("faults injected").isGreaterThan(5);

            JsonNode day = new ObjectMapper().readTree(hq.getBasic("/api/v1/days/" + DAY.date(), "owner",
                    HqFixture.PASSWORD).body());
            long sumOfTills = 0;
            for (var till : journals.entrySet()) {
                DayReport own = till.getValue().dayReport(DAY);
                String[] ids = till.getKey().split("/");
                JsonNode t = terminal(day, ids[0], ids[1]);
                assertThat(t.get("salesCount").asLong()).as(till.getKey()).isEqualTo(own.salesCount());
                assertThat(t.get("salesYen").asLong()).as(till.getKey()).isEqualTo(own.gross());
                assertThat(t.get("refundsYen").asLong()).as(till.getKey()).isEqualTo(own.refundTotal());
                assertThat(t.get("cancelsYen").asLong()).as(till.getKey()).isEqualTo(own.cancelTotal());
                assertThat(t.get("netYen").asLong()).as(till.getKey()).isEqualTo(own.net());
                assertThat(t.get("unresolved").asLong()).as(till.getKey()).isEqualTo(own.unresolvedCount());
                sumOfTills += own.net();
            }
            assertThat(day.get("netYen").asLong()).isEqualTo(sumOfTills).isPositive();

            // By tax rate and by tender, from the sales rung up with items: HQ equals the tills' own sales.
            Map<Integer, Long> grossByRate = new TreeMap<>();
            long cash = 0;
            for (Journal j : journals.values()) {
                for (SaleRecord sale : j.salesOn(DAY)) {
                    if (sold(j, sale)) {
                        sale.totals().rates().forEach(r -> grossByRate.merge(r.rate().percent(), r.gross(),
                                Long::sum));
                        cash += sale.tenders().stream().filter(CashTender.class::isInstance)
                                .mapToLong(Tender::amount).sum();
                    }
                }
            }
            PeriodFigures hqFigures = new Figures(hq.db().dataSource()).period(DAY.date(), DAY.date(),
                    Scope.everyStore());
            Map<Integer, Long> hqGrossByRate = new TreeMap<>();
            hqFigures.rates().forEach(r -> hqGrossByRate.merge(r.taxRate(), r.gross(), Long::sum));
            assertThat(hqGrossByRate).isEqualTo(grossByRate).hasSize(3);
            assertThat(hqFigures.tenders()).contains(new TenderFigures("CASH",
                    hqFigures.tenders().stream().filter(t -> t.tender().equals("CASH")).findFirst().orElseThrow()
                            .salesCount(), cash));
            assertThat(cash).isPositive();
            pushers.values().forEach(SyncPusher::close);
            journals.values().forEach(Journal::close);
        }
    }

    /** The till's own view: a sale counts when every PayPay part of it was paid and not canceled. */
    private static boolean sold(Journal journal, SaleRecord sale) {
        return sale.tenders().stream().filter(PayPayTender.class::isInstance).map(PayPayTender.class::cast)
                .allMatch(p -> {
                    PaymentState state = journal.findPayment(p.merchantPaymentId()).orElseThrow().state();
                    return state.wasPaid() && state != PaymentState.CANCELED;
                });
    }

    static SyncPusher pusher(Journal journal, FlakyProxy proxy, String token) {
        return new SyncPusher(journal, new HqLink(proxy.uri(), Secret.of(token)), FAST, Clock.systemUTC());
    }

    static JsonNode terminal(JsonNode day, String store, String terminal) {
        for (JsonNode s : day.get("stores")) {
            if (s.get("storeId").asText().equals(store)) {
                for (JsonNode t : s.get("terminals")) {
                    if (t.get("terminalId").asText().equals(terminal)) {
                        return t;
                    }
                }
            }
        }
        throw new AssertionError("no terminal " + store + "/" + terminal + " in " + day);
    }
}
