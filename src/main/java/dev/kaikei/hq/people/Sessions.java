package dev.kaikei.hq.people;

import dev.kaikei.hq.Tokens;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/** Login sessions in PostgreSQL (any HQ instance can serve any request); 12 hours, a shop's working day. */
public final class Sessions {

    public static final Duration LIFETIME = Duration.ofHours(12);

    private final DataSource db;
    private final Clock clock;

    public Sessions(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Session start(User user) throws SQLException {
        String token = Tokens.newToken();
        String csrf = Tokens.newToken();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO sessions (token_hash, user_id, csrf_token, "
                     + "expires_at) VALUES (?, ?, ?, ?)")) {
            ps.setBytes(1, Tokens.hash(token));
            ps.setLong(2, user.id());
            ps.setString(3, csrf);
            ps.setTimestamp(4, Timestamp.from(clock.instant().plus(LIFETIME)));
            ps.executeUpdate();
        }
        // Expired sessions of anyone are swept now and then, on logins (cheap: indexed by expiry).
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE expires_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.executeUpdate();
        }
        return new Session(token, user, csrf);
    }

    public Optional<Session> find(String token) throws SQLException {
        if (token == null || token.isEmpty() || token.length() > 128) {
            return Optional.empty();
        }
        // One round trip: the session and its user together (every page asks this first).
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT u.id, u.name, u.role, u.store_id, s.csrf_token "
                     + "FROM sessions s JOIN users u ON u.id = s.user_id "
                     + "WHERE s.token_hash = ? AND s.expires_at > ?")) {
            ps.setBytes(1, Tokens.hash(token));
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Session(token, Users.user(rs), rs.getString(5))) : Optional.empty();
            }
        }
    }

    public void end(String token) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE token_hash = ?")) {
            ps.setBytes(1, Tokens.hash(token));
            ps.executeUpdate();
        }
    }
}
