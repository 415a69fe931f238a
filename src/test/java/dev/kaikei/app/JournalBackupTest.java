package dev.kaikei.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.journal.PaymentSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Journal backup and restore")
class JournalBackupTest {

    @TempDir
    Path dir;

    private Path journalFile() {
        return dir.resolve("journal.sqlite");
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static List<String> ids(Path file) {
        try (Journal j = Journal.open(file)) {
            return j.search(PaymentSearch.all().page(100, 0)).stream().map(p -> p.merchantPaymentId()).toList();
        }
    }

    private static void payment(Journal journal, String id, long yen) {
        journal.insertPayment(NewPayment.qr(id, yen, "coffee", "store-1", "T1"));
    }

    /** A settled sale: PayPay confirmed it. */
    private static void paid(Journal journal, String id, long yen) {
        payment(journal, id, yen);
        journal.transition(id, PaymentState.CREATING, PaymentChange.to(PaymentState.COMPLETED)
                .withPaypayStatus("COMPLETED").withPaypayPaymentId("pp-" + id).withAcceptedAt(Instant.now()));
    }

    private static List<String> listing(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Nested
    @DisplayName("daily backup")
    class Daily {

        @Test
        @DisplayName("one copy per business day (Asia/Tokyo), named by the day, and only the newest N are kept")
        void oneADayPrunedToN() {
            Path backups = dir.resolve("backups");
            try (Journal journal = Journal.open(journalFile())) {
                payment(journal, "T1-P-1", 500);
                // 2026-03-01T16:00Z is already 2026-03-02 in Tokyo.
                String[] days = {"2026-03-01T01:00:00Z", "2026-03-01T16:00:00Z", "2026-03-02T16:00:00Z",
                    "2026-03-03T16:00:00Z"};
                for (String day : days) {
                    assertThat(new JournalBackups(journal, backups, 3, at(day)).backUpToday()).isPresent();
                }
                JournalBackups later = new JournalBackups(journal, backups, 3, at("2026-03-03T20:00:00Z"));
                assertThat(later.backUpToday()).as("the day's copy exists already").isEmpty();
                assertThat(later.backups()).extracting(p -> p.getFileName().toString()).containsExactly(
                        "journal-2026-03-04.sqlite", "journal-2026-03-03.sqlite", "journal-2026-03-02.sqlite");
            }
            assertThat(Journal.problemWith(backups.resolve("journal-2026-03-04.sqlite"))).isEmpty();
            assertThat(ids(backups.resolve("journal-2026-03-04.sqlite"))).containsExactly("T1-P-1");
        }

        @Test
        @DisplayName("a torn copy of today (a crash or a full disk mid-copy) does not block the day's backup")
        void tornCopyReplaced() throws IOException {
            Path backups = dir.resolve("backups");
            try (Journal journal = Journal.open(journalFile())) {
                paid(journal, "T1-P-1", 500);
                JournalBackups daily = new JournalBackups(journal, backups, 3, at("2026-03-01T01:00:00Z"));
                Path today = daily.fileFor(dev.kaikei.journal.BusinessDay.today(at("2026-03-01T01:00:00Z")));
                Path whole = dir.resolve("whole.sqlite");
                journal.backupTo(whole);
                byte[] bytes = Files.readAllBytes(whole);
                Files.createDirectories(backups);
                Files.write(today, Arrays.copyOf(bytes, bytes.length / 3)); // cut off mid-copy

                assertThat(daily.backUpToday()).contains(today);
                assertThat(Journal.problemWith(today)).isEmpty();
                assertThat(ids(today)).containsExactly("T1-P-1");
                assertThat(daily.backUpToday()).as("sound now: not written twice").isEmpty();
            }
        }

        @Test
        @DisplayName("the app makes today's backup at start-up, in backups/ next to the journal by default")
        void atStartUp() throws IOException {
            Path config = TestPayPay.simulatorConfig(dir, journalFile());
            try (AppContext ctx = AppContext.open(TestPayPay.load(dir, config), TestPayPay.fastOptions())) {
                await().atMost(Duration.ofSeconds(10)).until(() -> listing(dir.resolve("backups")).size() == 1);
                assertThat(listing(dir.resolve("backups")).get(0)).matches("journal-\\d{4}-\\d{2}-\\d{2}\\.sqlite");
                assertThat(ctx).isNotNull();
            }
        }
    }

    @Nested
    @DisplayName("restore")
    class Restore {

        @Test
        @DisplayName("round trip: a journal that lost nothing since the backup is replaced, and kept aside")
        void roundTrip() {
            Path backup = dir.resolve("b/journal-2026-03-01.sqlite");
            try (Journal journal = Journal.open(journalFile())) {
                paid(journal, "T1-P-before", 500);
                journal.backupTo(backup);
            }
            assertThatThrownBy(() -> JournalRestore.restore(backup, journalFile(), false, at("2026-03-02T00:00:00Z")))
                    .isInstanceOf(JournalRestore.RefusedException.class).hasMessageContaining("--force");

            JournalRestore.Result result = JournalRestore.restore(backup, journalFile(), true,
                    at("2026-03-02T00:00:00Z"));

            assertThat(ids(journalFile())).containsExactly("T1-P-before");
            assertThat(result.previousJournal()).isPresent();
            assertThat(result.previousJournal().get().getFileName().toString())
                    .startsWith("journal.sqlite.before-restore-2026030");
            assertThat(ids(result.previousJournal().get())).containsExactly("T1-P-before");
        }

        @Test
        @DisplayName("refused, even with --force, when the journal holds payments made or changed after the backup")
        void refusesToOrphanNewerRows() {
            Path backup = dir.resolve("b/journal-2026-03-01.sqlite");
            try (Journal journal = Journal.open(journalFile())) {
                paid(journal, "T1-P-before", 500);
                journal.backupTo(backup);
                paid(journal, "T1-P-after", 700);
            }
            assertThatThrownBy(() -> JournalRestore.restore(backup, journalFile(), true, at("2026-03-02T00:00:00Z")))
                    .isInstanceOf(JournalRestore.RefusedException.class)
                    .hasMessageContaining("1 payment").hasMessageContaining("after the backup")
                    .hasMessageContaining("Nothing was restored");
            assertThat(ids(journalFile())).containsExactlyInAnyOrder("T1-P-before", "T1-P-after");
        }

        @Test
        @DisplayName("refused, even with --force, while the journal holds payments or operations still open")
        void refusesToOrphanOpenRows() {
            Path backup = dir.resolve("b/journal-2026-03-01.sqlite");
            try (Journal journal = Journal.open(journalFile())) {
                payment(journal, "T1-P-open", 500); // being checked with PayPay: it may have been paid
                journal.backupTo(backup);
            }
            assertThatThrownBy(() -> JournalRestore.restore(backup, journalFile(), true, at("2026-03-02T00:00:00Z")))
                    .isInstanceOf(JournalRestore.RefusedException.class)
                    .hasMessageContaining("T1-P-open").hasMessageContaining("kaikei reconcile");
            assertThat(ids(journalFile())).containsExactly("T1-P-open");
        }

        @Test
        @DisplayName("a journal that cannot be read any more can be replaced with --force (it is kept aside)")
        void unreadableJournalReplaced() throws IOException {
            Path backup = dir.resolve("b/journal-2026-03-01.sqlite");
            try (Journal journal = Journal.open(journalFile())) {
                paid(journal, "T1-P-before", 500);
                journal.backupTo(backup);
            }
            Files.write(journalFile(), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            Files.deleteIfExists(journalFile().resolveSibling(journalFile().getFileName() + "-wal"));
            JournalRestore.Result result = JournalRestore.restore(backup, journalFile(), true,
                    at("2026-03-02T00:00:00Z"));
            assertThat(ids(journalFile())).containsExactly("T1-P-before");
            assertThat(result.previousJournal()).isPresent();
        }

        @Test
        @DisplayName("refused while the app holds the journal")
        void refusedWhileInUse() {
            Path backup = dir.resolve("backup.sqlite");
            try (Journal journal = Journal.open(journalFile())) {
                journal.backupTo(backup);
            }
            Path config = TestPayPay.simulatorConfig(dir, journalFile());
            try (AppContext ctx = AppContext.open(TestPayPay.load(dir, config), TestPayPay.fastOptions())) {
                assertThat(ctx).isNotNull();
                assertThatThrownBy(() -> JournalRestore.restore(backup, journalFile(), true, Clock.systemUTC()))
                        .isInstanceOfSatisfying(StartupException.class,
                                e -> assertThat(e.reason()).isEqualTo(StartupException.Reason.IN_USE));
            }
        }

        @Test
        @DisplayName("a corrupt or foreign file is refused and the journal is left alone")
        void corruptRefused() throws IOException {
            try (Journal journal = Journal.open(journalFile())) {
                payment(journal, "T1-P-keep", 500);
            }
            Path garbage = Files.write(dir.resolve("garbage.sqlite"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            Path damaged = dir.resolve("damaged.sqlite");
            try (Journal journal = Journal.open(journalFile())) {
                journal.backupTo(damaged);
            }
            byte[] bytes = Files.readAllBytes(damaged);
            for (int i = 4096; i < bytes.length; i += 97) {
                bytes[i] = (byte) 0x5A; // scribble over every page after the header
            }
            Files.write(damaged, bytes);

            for (Path bad : List.of(garbage, damaged, dir.resolve("missing.sqlite"))) {
                assertThatThrownBy(() -> JournalRestore.restore(bad, journalFile(), true, Clock.systemUTC()))
                        .as(bad.toString()).isInstanceOf(JournalRestore.RefusedException.class)
                        .hasMessageContaining("Not restored");
            }
            assertThat(ids(journalFile())).containsExactly("T1-P-keep");
        }
    }
}
