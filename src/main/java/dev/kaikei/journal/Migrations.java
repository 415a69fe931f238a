package dev.kaikei.journal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Versioned schema scripts {@code db/V1__init.sql}, {@code V2__...}: numbered without gaps, applied in order inside the
 * caller's transaction; the version reached is kept in {@code PRAGMA user_version}.
 */
final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    private static final String[] SCRIPTS = {"V1__init.sql", "V2__sync_outbox.sql", "V3__customer_payments.sql",
            "V4__paypay_file_matches.sql", "V5__till.sql", "V6__sales.sql", "V7__receipts.sql", "V8__cash.sql",
            "V9__sync_sales.sql"};

    private Migrations() {
    }

    /** The schema version this code writes. */
    static int latest() {
        return SCRIPTS.length;
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the schema to {@link #latest()}; must run inside a write transaction. Refuses a newer journal. */
    static void migrate(Connection connection, Path file) throws SQLException {
        int current = currentVersion(connection);
        if (current > latest()) {
            throw new JournalException("The journal " + file + " has schema version " + current
                    + ", written by a newer Kaikei; this version knows schema versions up to " + latest()
                    + ". Update Kaikei to open it.");
        }
        for (int version = current + 1; version <= latest(); version++) {
            String script = SCRIPTS[version - 1];
            LOG.info("Migrating journal {} to schema version {} ({})", file, version, script);
            try (Statement st = connection.createStatement()) {
                st.executeUpdate(load(script));
                st.executeUpdate("PRAGMA user_version = " + version);
            }
        }
    }

    private static String load(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("db/" + script)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource db/" + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
