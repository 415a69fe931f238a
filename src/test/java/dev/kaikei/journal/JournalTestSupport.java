package dev.kaikei.journal;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of tests that need an open journal on a fresh temp file with a settable clock starting at {@link JournalFixture#T0}. */
abstract class JournalTestSupport {

    @TempDir
    Path dir;

    protected final TestClock clock = new TestClock(JournalFixture.T0);
    protected Path file;
    protected Journal journal;

    @BeforeEach
    void openJournal() {
        file = dir.resolve("journal.db");
        journal = Journal.open(file, JournalFixture.options(clock));
    }

    @AfterEach
    void closeJournal() {
        journal.close();
    }
}
