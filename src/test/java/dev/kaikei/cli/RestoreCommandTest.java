package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.TestPayPay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("kaikei restore")
class RestoreCommandTest extends CliFixture {

    @Test
    @DisplayName("a file that is no sound journal is refused (exit 3) and the journal stays")
    void corrupt() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.sqlite"), "not a database at all, just text");
        Run run = run("restore", "--from", bad.toString(), "--force");
        assertThat(run.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("Not restored", bad.toString());
        assertThat(journalFile).exists();
    }

    @Test
    @DisplayName("without --force an existing journal is not replaced")
    void needsForce() {
        Path backup = dir.resolve("backup.sqlite");
        journal.backupTo(backup);
        Run run = run("restore", "--from", backup.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("--force");
    }

    @Test
    @DisplayName("refused with exit 75 while the cashier app holds the journal")
    void inUse() {
        Path backup = dir.resolve("backup.sqlite");
        journal.backupTo(backup);
        try (AppContext running = AppContext.open(TestPayPay.load(dir, config), options())) {
            assertThat(running).isNotNull();
            Run run = run("restore", "--from", backup.toString(), "--force");
            assertThat(run.code()).isEqualTo(ExitCodes.IN_USE);
            assertThat(run.err()).contains("in use");
        }
    }
}
