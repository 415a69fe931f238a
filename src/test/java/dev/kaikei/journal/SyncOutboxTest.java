package dev.kaikei.journal;

import static dev.kaikei.journal.JournalFixture.T0;
import static dev.kaikei.journal.JournalFixture.options;
import static dev.kaikei.journal.JournalFixture.qr;
import static dev.kaikei.journal.JournalFixture.raw;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
    @DisplayName("after a restore, renumbers past HQ's last number and queues every row again")
    void renumber() {
        try (Journal journal = Journal.open(dir.resolve("j.db"), options(clock))) {
            journal.insertPayment(qr("m-1", 500));
            journal.insertOperation(NewOperation.cancel("m-1"));
            journal.syncOutbox().acknowledge(2, clock.instant());

            journal.syncOutbox().renumberAfter(40);

            assertThat(journal.syncOutbox().pending(10)).extracting(OutboxEntry::seq).containsExactly(41L, 42L);
            journal.insertPayment(qr("m-2", 500));
            assertThat(journal.syncOutbox().status().lastSeq()).isEqualTo(43);
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
}
