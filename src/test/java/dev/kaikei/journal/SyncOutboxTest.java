package dev.kaikei.journal;

import static dev.kaikei.journal.JournalFixture.T0;
import static dev.kaikei.journal.JournalFixture.options;
import static dev.kaikei.journal.JournalFixture.qr;
import static dev.kaikei.journal.JournalFixture.raw;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.sale.CashTender;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.SaleLine;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxCategory;
import dev.kaikei.sale.TaxPolicy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The HQ sync outbox")
class SyncOutboxTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(T0);

    @Test
    @DisplayName("numbers every payment and operation change by itself (schema triggers), newest row content")
    void triggersFillIt() {
        try (Journal journal = Journal.open(dir.resolve("j.db"), options(clock))) {
            journal.insertPayment(qr("m-1", 500));
            journal.transition("m-1", PaymentState.CREATING, PaymentChange.to(PaymentState.COMPLETED));
            journal.insertOperation(NewOperation.refund("m-1", "r-1", 200, "broken cup"));

            List<OutboxEntry> pending = journal.syncOutbox().pending(100);

            // The payment changed twice: it waits once, with its newest state and the newer number.
            assertThat(pending).hasSize(2);
            assertThat(pending.get(0)).isInstanceOfSatisfying(OutboxEntry.Payment.class, p -> {
                assertThat(p.seq()).isGreaterThan(1);
                assertThat(p.record().state()).isEqualTo(PaymentState.COMPLETED);
            });
            assertThat(pending.get(1)).isInstanceOfSatisfying(OutboxEntry.Operation.class,
                    o -> assertThat(o.record().merchantOperationId()).isEqualTo("r-1"));
            assertThat(pending.get(1).seq()).isGreaterThan(pending.get(0).seq());
            assertThat(journal.syncOutbox().status().waiting()).isEqualTo(2);
            assertThat(journal.syncOutbox().status().lastSeq()).isEqualTo(pending.get(1).seq());
        }
    }

    @Test
    @DisplayName("drops acknowledged changes, keeps later ones, and never reuses a number")
    void acknowledge() {
        try (Journal journal = Journal.open(dir.resolve("j.db"), options(clock))) {
            journal.insertPayment(qr("m-1", 500));
            journal.insertPayment(qr("m-2", 700));
            SyncOutbox outbox = journal.syncOutbox();
            long first = outbox.pending(1).get(0).seq();

            outbox.acknowledge(first, clock.instant());
            journal.insertPayment(qr("m-3", 900));

            assertThat(outbox.pending(100)).extracting(OutboxEntry::seq).containsExactly(2L, 3L);
            OutboxStatus status = outbox.status();
            assertThat(status.ackedSeq()).isEqualTo(1);
            assertThat(status.waiting()).isEqualTo(2);
            assertThat(status.lastSyncedAt()).contains(T0);

            outbox.acknowledge(3, clock.instant());
            journal.transition("m-1", PaymentState.CREATING, PaymentChange.to(PaymentState.FAILED));
            assertThat(outbox.pending(100)).singleElement().satisfies(e -> {
                assertThat(e.seq()).isGreaterThan(3);
                assertThat(((OutboxEntry.Payment) e).record().state()).isEqualTo(PaymentState.FAILED);
            });
        }
    }

    @Test
    @DisplayName("survives a reopen: what waited still waits, numbering goes on")
    void reopen() {
        Path file = dir.resolve("j.db");
        try (Journal journal = Journal.open(file, options(clock))) {
            journal.insertPayment(qr("m-1", 500));
            journal.insertPayment(qr("m-2", 500));
            journal.syncOutbox().acknowledge(2, clock.instant());
        }
        try (Journal journal = Journal.open(file, options(clock))) {
            journal.insertPayment(qr("m-3", 500));
            assertThat(journal.syncOutbox().pending(10)).extracting(OutboxEntry::seq).containsExactly(3L);
        }
    }

    @Test
    @DisplayName("after a restore, renumbers past HQ's last number and queues every row again (sales and sessions too)")
    void renumber() {
        try (Journal journal = Journal.open(dir.resolve("j.db"), options(clock))) {
            journal.insertPayment(qr("m-1", 500));
            journal.insertOperation(NewOperation.cancel("m-1"));
            Sale lunch = Sale.of(ServiceMode.EAT_IN, TaxPolicy.DEFAULT, SaleLine.of("lunch", 900, TaxCategory.STANDARD));
            journal.insertSale(new NewSale(lunch, "till-1", List.of(CashTender.exact(900))));
            journal.till().open(BusinessDay.of(T0), 10_000);
            journal.syncOutbox().acknowledge(4, clock.instant());

            journal.syncOutbox().renumberAfter(40);

            assertThat(journal.syncOutbox().pending(10)).extracting(OutboxEntry::seq)
                    .containsExactly(41L, 42L, 43L, 44L);
            assertThat(journal.syncOutbox().pending(10)).extracting(e -> e.getClass().getSimpleName())
                    .containsExactly("Payment", "Operation", "Sale", "TillSession");
            journal.insertPayment(qr("m-2", 500));
            assertThat(journal.syncOutbox().status().lastSeq()).isEqualTo(45);
        }
    }

    @Test
    @DisplayName("a journal from before sync queues all its rows once when it is migrated")
    void migratesOldJournal() throws Exception {
        Path file = dir.resolve("old.db");
        try (Journal journal = Journal.open(file, options(clock))) {
            journal.insertPayment(qr("m-1", 500));
            journal.insertPayment(qr("m-2", 600));
        }
        // Make it a schema-1 journal again: no outbox, no triggers, nor any table a later schema version added.
        Set<String> v1Tables = Set.of("payments", "operations", "customers", "events", "sqlite_sequence");
        Set<String> v1Triggers = Set.of("events_no_update", "events_no_delete");
        try (Connection c = raw(file); Statement st = c.createStatement()) {
            List<String[]> objects = new ArrayList<>();
            try (var rs = st.executeQuery("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger')")) {
                while (rs.next()) {
                    objects.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] o : objects) {
                if (o[0].equals("trigger") && !v1Triggers.contains(o[1])) {
                    st.execute("DROP TRIGGER " + o[1]);
                }
            }
            for (String[] o : objects) {
                if (o[0].equals("table") && !v1Tables.contains(o[1])) {
                    st.execute("DROP TABLE " + o[1]);
                }
            }
            st.execute("DELETE FROM sqlite_sequence");
            st.execute("PRAGMA user_version = 1");
        }
        try (Journal journal = Journal.open(file, options(clock))) {
            assertThat(journal.syncOutbox().pending(10)).hasSize(2)
                    .allSatisfy(e -> assertThat(e).isInstanceOf(OutboxEntry.Payment.class));
        }
    }

    @Test
    @DisplayName("queues a sale whole (lines, tenders, receipt number) again when its payment or receipt changes")
    void sales() {
        try (Journal journal = Journal.open(dir.resolve("j.db"), options(clock))) {
            Sale coffee = Sale.of(ServiceMode.TAKE_OUT, TaxPolicy.DEFAULT,
                    new SaleLine("c", "コーヒー", 330, 2, TaxCategory.REDUCED));
            journal.insertPayment(qr("m-1", coffee.total()), NewSale.paidByPayPay(coffee, "till-1"));
            SyncOutbox outbox = journal.syncOutbox();
            assertThat(outbox.pending(10)).filteredOn(OutboxEntry.Sale.class::isInstance).singleElement()
                    .isInstanceOfSatisfying(OutboxEntry.Sale.class, e -> {
                        assertThat(e.record().sale()).isEqualTo(coffee);
                        assertThat(e.payments()).extracting(PaymentRecord::state).containsExactly(PaymentState.CREATING);
                        assertThat(e.receiptNumber()).isNull();
                    });
            outbox.acknowledge(outbox.status().lastSeq(), clock.instant());

            journal.transition("m-1", PaymentState.CREATING, PaymentChange.to(PaymentState.COMPLETED));
            assertThat(outbox.pending(10)).hasSize(2).filteredOn(OutboxEntry.Sale.class::isInstance).singleElement()
                    .isInstanceOfSatisfying(OutboxEntry.Sale.class,
                    e -> assertThat(e.payments()).extracting(PaymentRecord::state)
                            .containsExactly(PaymentState.COMPLETED));
            outbox.acknowledge(outbox.status().lastSeq(), clock.instant());

            long saleId = journal.findSaleForPayment("m-1").orElseThrow().id();
            journal.saleReceipt(saleId, "till-1");
            assertThat(outbox.pending(10)).singleElement().isInstanceOfSatisfying(OutboxEntry.Sale.class,
                    e -> assertThat(e.receiptNumber()).isEqualTo(1));

            // A cash sale has no payment row: the sale alone waits.
            outbox.acknowledge(outbox.status().lastSeq(), clock.instant());
            journal.insertSale(new NewSale(coffee, "till-1", List.of(CashTender.exact(coffee.total()))));
            assertThat(outbox.pending(10)).singleElement().isInstanceOfSatisfying(OutboxEntry.Sale.class,
                    e -> assertThat(e.payments()).isEmpty());
        }
    }

    @Test
    @DisplayName("queues a till session when it opens and again, with its Z report, when it closes")
    void tillSessions() {
        try (Journal journal = Journal.open(dir.resolve("j.db"), options(clock))) {
            BusinessDay day = BusinessDay.of(T0);
            journal.till().open(day, 30_000);
            SyncOutbox outbox = journal.syncOutbox();
            assertThat(outbox.pending(10)).singleElement().isInstanceOfSatisfying(OutboxEntry.TillSession.class,
                    e -> {
                        assertThat(e.record().state()).isEqualTo(TillState.OPEN);
                        assertThat(e.close()).isNull();
                    });
            outbox.acknowledge(outbox.status().lastSeq(), clock.instant());

            clock.advance(Duration.ofHours(9));
            journal.till().close(new CashCount(Map.of(Denomination.Y10000, 3)), OptionalLong.empty(), day, false);
            assertThat(outbox.pending(10)).singleElement().isInstanceOfSatisfying(OutboxEntry.TillSession.class,
                    e -> {
                        assertThat(e.record().state()).isEqualTo(TillState.CLOSED);
                        assertThat(e.close()).isEqualTo(new OutboxEntry.Close(1, 30_000, 30_000));
                    });
        }
    }

    @Test
    @DisplayName("a schema-7 journal keeps its waiting changes and its numbering through the outbox rebuild (V9)")
    void migratesSchema7() throws Exception {
        // HQ acknowledged the first two of three payments: one waits, the counter stands at 3.
        Path waiting = schema7Journal("waiting.db", 2);
        try (Journal journal = Journal.open(waiting, options(clock))) {
            assertThat(journal.pragma("user_version")).isEqualTo(Integer.toString(Journal.schemaVersion()));
            List<OutboxEntry> pending = journal.syncOutbox().pending(10);
            // The waiting payment keeps its number; the sale from before V9 waits once, numbered after it.
            assertThat(pending).extracting(OutboxEntry::seq).containsExactly(3L, 4L);
            assertThat(pending.get(0)).isInstanceOf(OutboxEntry.Payment.class);
            assertThat(pending.get(1)).isInstanceOfSatisfying(OutboxEntry.Sale.class,
                    e -> assertThat(e.record().id()).isEqualTo(7));
            journal.insertPayment(qr("m-4", 500));
            assertThat(journal.syncOutbox().status().lastSeq()).isEqualTo(5);
            assertThat(journal.syncOutbox().status().ackedSeq()).isEqualTo(2);
        }
        // Everything acknowledged: no row tells the rebuilt table where numbering stood, the counter must.
        Path synced = schema7Journal("synced.db", 3);
        try (Journal journal = Journal.open(synced, options(clock))) {
            assertThat(journal.syncOutbox().pending(10)).extracting(OutboxEntry::seq).containsExactly(4L);
        }
    }

    /** A journal as schema 7 wrote it: three payments (outbox numbers 1-3, up to {@code acked} acknowledged), a sale. */
    private Path schema7Journal(String name, int acked) throws Exception {
        Path file = dir.resolve(name);
        try (Connection c = raw(file); Statement st = c.createStatement()) {
            for (String script : new String[] {"V1__init.sql", "V2__sync_outbox.sql", "V3__customer_payments.sql",
                "V4__paypay_file_matches.sql", "V5__till.sql", "V6__sales.sql", "V7__receipts.sql"}) {
                try (var in = Migrations.class.getResourceAsStream("db/" + script)) {
                    st.executeUpdate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            st.execute("PRAGMA user_version = 7");
            for (int i = 1; i <= 3; i++) {
                st.execute("INSERT INTO payments (merchant_payment_id, kind, amount, state, created_at, updated_at, "
                        + "refunded_total, captured_amount) VALUES ('m-" + i + "', 'QR', 500, 'COMPLETED', 0, 0, 0, 0)");
            }
            st.execute("DELETE FROM sync_outbox WHERE seq <= " + acked);
            st.execute("UPDATE sync_state SET acked_seq = " + acked);
            st.execute("INSERT INTO sales (id, service_mode, pricing, rounding, total, tax, created_at) "
                    + "VALUES (7, 'EAT_IN', 'INCLUSIVE', 'DOWN', 500, 45, 0)");
            st.execute("INSERT INTO sale_lines VALUES (7, 1, NULL, 'lunch', 500, 1, 'STANDARD', 10, 500)");
            st.execute("INSERT INTO sale_rates VALUES (7, 10, 500, 455, 45)");
            st.execute("INSERT INTO sale_tenders VALUES (7, 1, 'CASH', 500, 500, NULL)");
        }
        return file;
    }
}
