package dev.kaikei.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaikei.files.OwnerOnly;
import dev.kaikei.config.Settings;
import dev.kaikei.config.SettingsWriter;
import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewPayment;
import dev.kaikei.logs.LogFiles;
import dev.kaikei.receipt.ReceiptFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Money data is the shop owner's only: on POSIX, folders Kaikei creates are 700 and its files 600. */
@DisplayName("files with money data are owner-only")
class OwnerOnlyFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
    }

    private static Set<PosixFilePermission> mode(Path p) throws Exception {
        return Files.getPosixFilePermissions(p);
    }

    @Test
    @DisplayName("the journal (and SQLite's companions), backups, exports and support bundles")
    void journalBackupsExportsBundles() throws Exception {
        Path journalFile = dir.resolve("data/kaikei/journal.sqlite");
        try (Journal journal = Journal.open(journalFile)) {
            journal.insertPayment(NewPayment.qr("T1-P-1", 500, "coffee", "s", "T1"));
            assertThat(mode(journalFile)).isEqualTo(OwnerOnly.FILE);
            assertThat(mode(journalFile.resolveSibling("journal.sqlite-wal"))).isEqualTo(OwnerOnly.FILE);
            assertThat(mode(journalFile.getParent())).isEqualTo(OwnerOnly.FOLDER);
            assertThat(mode(dir.resolve("data"))).isEqualTo(OwnerOnly.FOLDER);

            Path backup = dir.resolve("backups/journal-2026-03-01.sqlite");
            journal.backupTo(backup);
            assertThat(mode(backup)).isEqualTo(OwnerOnly.FILE);
            assertThat(mode(backup.getParent())).isEqualTo(OwnerOnly.FOLDER);

            Path export = dir.resolve("exports/2026-03.csv");
            BusinessDay today = BusinessDay.today(Clock.systemUTC());
            journal.exportCsv(today, today, export);
            assertThat(mode(export)).isEqualTo(OwnerOnly.FILE);
            assertThat(mode(export.getParent())).isEqualTo(OwnerOnly.FOLDER);

            Settings settings = TestPayPay.load(dir, TestPayPay.simulatorConfig(dir, journalFile));
            Path bundle = dir.resolve("support/kaikei-support.zip");
            new SupportBundle(settings, journal, dir.resolve("no-logs"), Clock.systemUTC()).writeTo(bundle);
            assertThat(mode(bundle)).isEqualTo(OwnerOnly.FILE);
            assertThat(mode(bundle.getParent())).isEqualTo(OwnerOnly.FOLDER);
        }
    }

    @Test
    @DisplayName("the app's first start makes the journal's folder and its lock file owner-only")
    void firstStart() throws Exception {
        Path journalFile = dir.resolve("fresh/kaikei/journal.sqlite");
        try (AppContext ctx = AppContext.open(TestPayPay.load(dir, TestPayPay.simulatorConfig(dir, journalFile)),
                TestPayPay.fastOptions())) {
            assertThat(mode(journalFile.getParent())).isEqualTo(OwnerOnly.FOLDER);
            assertThat(mode(dir.resolve("fresh"))).isEqualTo(OwnerOnly.FOLDER);
            assertThat(mode(journalFile)).isEqualTo(OwnerOnly.FILE);
            assertThat(mode(journalFile.resolveSibling("journal.sqlite.lock"))).isEqualTo(OwnerOnly.FILE);
        }
    }

    @Test
    @DisplayName("the settings file (it holds the API secret) and receipt PDFs, in folders made owner-only")
    void settingsAndReceipts() throws Exception {
        Path config = dir.resolve("config/kaikei/kaikei.properties");
        SettingsWriter.write(config, Map.of("store.name", "Test"));
        assertThat(mode(config)).isEqualTo(OwnerOnly.FILE);
        assertThat(mode(config.getParent())).isEqualTo(OwnerOnly.FOLDER);

        Path pdf = dir.resolve("receipts/2026/T1-P-1.pdf");
        ReceiptFiles.writePrivately(pdf, new byte[] {1, 2, 3});
        assertThat(mode(pdf)).isEqualTo(OwnerOnly.FILE);
        assertThat(mode(pdf.getParent())).isEqualTo(OwnerOnly.FOLDER);
    }

    @Test
    @DisplayName("an existing journal others could read is made owner-only when opened")
    void existingJournalTightened() throws Exception {
        Path journalFile = dir.resolve("journal.sqlite");
        Journal.open(journalFile).close();
        Files.setPosixFilePermissions(journalFile, PosixFilePermissions.fromString(
                "rw-r--r--"));
        Journal.open(journalFile).close();
        assertThat(mode(journalFile)).isEqualTo(OwnerOnly.FILE);
    }

    @Test
    @DisplayName("the log folder, and the log files already in it")
    void logs() throws Exception {
        Path logs = dir.resolve("state/kaikei/logs");
        LogFiles.prepare(logs);
        assertThat(mode(logs)).isEqualTo(OwnerOnly.FOLDER);
        Path old = Files.writeString(logs.resolve("kaikei.log"), "x");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
        LogFiles.prepare(logs);
        assertThat(mode(old)).isEqualTo(OwnerOnly.FILE);
    }
}
