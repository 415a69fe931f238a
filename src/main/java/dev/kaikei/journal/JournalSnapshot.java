package dev.kaikei.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * What a journal file holds that a restore must not lose, read without changing it: the payments and operations still
 * open, and when its money rows last changed.
 *
 * @param openPayments   merchantPaymentIds of payments not settled (incl. authorizations waiting for capture)
 * @param openOperations refunds, cancels, captures and reverts not settled
 * @param lastChange     the latest change of a payment, operation or customer; {@link Instant#EPOCH} if none
 */
public record JournalSnapshot(List<String> openPayments, int openOperations, Instant lastChange) {

    public JournalSnapshot {
        openPayments = List.copyOf(openPayments);
    }

    /** Reads {@code file} read-only; empty if it cannot be read as a journal (missing, corrupt, foreign). */
    public static Optional<JournalSnapshot> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            List<String> open = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT merchant_payment_id FROM payments WHERE state IN "
                    + "('CREATING', 'AWAITING_PAYMENT', 'UNKNOWN', 'AUTHORIZED') ORDER BY created_at")) {
                while (rs.next()) {
                    open.add(rs.getString(1));
                }
            }
            int ops;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM operations WHERE state IN "
                    + "('PENDING', 'ACCEPTED', 'UNKNOWN')")) {
                ops = rs.next() ? rs.getInt(1) : 0;
            }
            try (ResultSet rs = st.executeQuery("SELECT max(m) FROM (SELECT max(updated_at) m FROM payments "
                    + "UNION ALL SELECT max(updated_at) FROM operations UNION ALL SELECT max(updated_at) FROM customers)")) {
                long last = rs.next() ? rs.getLong(1) : 0;
                return Optional.of(new JournalSnapshot(open, ops, Instant.ofEpochMilli(last)));
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** How many payments of {@code file} were created or changed after {@code instant} (0 if it cannot be read). */
    public static int paymentsChangedAfter(Path file, Instant instant) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             PreparedStatement st = c.prepareStatement("SELECT count(*) FROM payments WHERE updated_at > ?")) {
            st.setLong(1, instant.toEpochMilli());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            return 0;
        }
    }
}
