package dev.kaikei.hq.terminals;

import dev.kaikei.hq.HqException;
import dev.kaikei.hq.Tokens;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/** Enrolment: adding a till (one-time token, stored hashed), revoking it, listing tills, and checking tokens. */
public final class Terminals {

    /** Store and terminal ids: what a till's config accepts, and safe in any page or file. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final DataSource db;

    public Terminals(DataSource db) {
        this.db = db;
    }

    /**
     * Enrols a till, or gives a revoked one a fresh token (its history stays).
     *
     * @return the token, to be printed once: HQ keeps only its hash
     * @throws HqException if the ids are invalid or the till is enrolled and not revoked
     */
    public String add(String storeId, String terminalId) {
        checkId("store", storeId);
        checkId("terminal", terminalId);
        String token = Tokens.newToken();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO terminals (store_id, terminal_id, token_hash) "
                     + "VALUES (?, ?, ?) ON CONFLICT (store_id, terminal_id) DO UPDATE "
                     + "SET token_hash = excluded.token_hash, revoked_at = NULL "
                     + "WHERE terminals.revoked_at IS NOT NULL")) {
            ps.setString(1, storeId);
            ps.setString(2, terminalId);
            ps.setBytes(3, Tokens.hash(token));
            if (ps.executeUpdate() == 0) {
                throw new HqException("Terminal " + terminalId + " of store " + storeId + " is already enrolled. "
                        + "Revoke it first (kaikei hq terminal revoke) to give it a new token.");
            }
            return token;
        } catch (SQLException e) {
            throw new HqException("Cannot enrol the terminal: " + e.getMessage(), e);
        }
    }

    /**
     * Revokes a till's token: its pushes are refused from now on; what it pushed stays.
     *
     * @throws HqException if no such till is enrolled
     */
    public void revoke(String storeId, String terminalId) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE terminals SET revoked_at = coalesce(revoked_at, now()) "
                     + "WHERE store_id = ? AND terminal_id = ?")) {
            ps.setString(1, storeId);
            ps.setString(2, terminalId);
            if (ps.executeUpdate() == 0) {
                throw new HqException("No terminal " + terminalId + " in store " + storeId + " is enrolled");
            }
        } catch (SQLException e) {
            throw new HqException("Cannot revoke the terminal: " + e.getMessage(), e);
        }
    }

    /** The enrolled till this token belongs to, if the token is valid and not revoked. */
    public Optional<Terminal> authenticate(String token) throws SQLException {
        if (token == null || token.isEmpty() || token.length() > 128) {
            return Optional.empty();
        }
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement(SELECT + "WHERE token_hash = ? AND revoked_at IS NULL")) {
            ps.setBytes(1, Tokens.hash(token));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** Every till, of one store or (null) of all, ordered by store and terminal. */
    public List<Terminal> list(String storeId) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement(SELECT + "WHERE (?::text IS NULL OR store_id = ?) "
                     + "ORDER BY store_id, terminal_id")) {
            ps.setString(1, storeId);
            ps.setString(2, storeId);
            List<Terminal> terminals = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    terminals.add(map(rs));
                }
            }
            return terminals;
        }
    }

    private static final String SELECT = "SELECT id, store_id, terminal_id, last_seq, last_sync_at, "
            + "revoked_at IS NOT NULL FROM terminals ";

    private static Terminal map(ResultSet rs) throws SQLException {
        Timestamp lastSync = rs.getTimestamp(5);
        return new Terminal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                Optional.ofNullable(lastSync).map(Timestamp::toInstant), rs.getBoolean(6));
    }

    /** Checks a store or terminal id (letters, digits, {@code _ . -}, at most 64). */
    public static void checkId(String what, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new HqException("The " + what + " id must be 1-64 letters, digits, '_', '.' or '-'"
                    + (id == null ? "" : ", was \"" + id + "\""));
        }
    }
}
