package dev.kaikei.journal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/** Shared helpers of the journal tests: a journal on a temp file with a test clock, raw SQL access, sample rows. */
final class JournalFixture {

    /** 2026-11-02 10:00 JST. */
    static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");

    private JournalFixture() {
    }

    static JournalOptions options(TestClock clock) {
        return JournalOptions.defaults().withClock(clock).withBusyTimeout(Duration.ofMillis(300));
    }

    static Connection raw(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    static long count(Path file, String table) throws SQLException {
        try (Connection c = raw(file); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static NewPayment qr(String id, long amount) {
        return NewPayment.qr(id, amount, "coffee", "store-1", "till-1");
    }
}
