package dev.kaikei.hq.people;

import dev.kaikei.hq.HqException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Back-office users: adding them, and checking a login with throttling. After {@value #FREE_FAILURES} wrong
 * passwords in a row a user's logins are refused for 30 s, doubling up to 15 min; the count lives in PostgreSQL, so
 * every HQ instance enforces it. A right password resets it.
 */
public final class Users {

    static final int FREE_FAILURES = 5;
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_.@-]{1,64}");
    private static final int MIN_PASSWORD = 10;

    private final DataSource db;
    private final Clock clock;

    public Users(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Adds a user, or sets a new password, role and store for an existing name.
     *
     * @throws HqException if the name, password or role/store combination is not acceptable
     */
    public void add(String name, Role role, Optional<String> storeId, char[] password) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new HqException("A user name is 1-64 letters, digits, '_', '.', '@' or '-'");
        }
        if ((role == Role.MANAGER) != storeId.isPresent()) {
            throw new HqException(role == Role.MANAGER ? "A manager needs --store (the one store they see)"
                    : "An owner sees every store: leave out --store");
        }
        if (password.length < MIN_PASSWORD) {
            throw new HqException("The password must have at least " + MIN_PASSWORD + " characters");
        }
        String hash = PasswordHash.create(password);
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO users (name, role, store_id, password_hash) "
                     + "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET role = excluded.role, "
                     + "store_id = excluded.store_id, password_hash = excluded.password_hash, failed_logins = 0, "
                     + "locked_until = NULL")) {
            ps.setString(1, name);
            ps.setString(2, role.name());
            ps.setString(3, storeId.orElse(null));
            ps.setString(4, hash);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new HqException("Cannot add the user: " + e.getMessage(), e);
        }
    }

    /** Checks a name and password, counting failures; the answer never tells whether the name exists. */
    public LoginResult login(String name, char[] password) throws SQLException {
        Instant now = clock.instant();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                LoginResult result = login(c, name, password, now);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private LoginResult login(Connection c, String name, char[] password, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, role, store_id, password_hash, failed_logins, "
                + "locked_until FROM users WHERE name = ? FOR UPDATE")) {
            ps.setString(1, name == null ? "" : name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    PasswordHash.burn(password);
                    return new LoginResult.Refused();
                }
                long id = rs.getLong(1);
                Timestamp lockedUntil = rs.getTimestamp(6);
                if (lockedUntil != null && lockedUntil.toInstant().isAfter(now)) {
                    return new LoginResult.Throttled(Duration.between(now, lockedUntil.toInstant()));
                }
                if (PasswordHash.matches(password, rs.getString(4))) {
                    update(c, "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?", id, null);
                    return new LoginResult.Accepted(new User(id, name, Role.valueOf(rs.getString(2)),
                            Optional.ofNullable(rs.getString(3))));
                }
                int failures = rs.getInt(5) + 1;
                Timestamp lock = failures < FREE_FAILURES ? null : Timestamp.from(now.plus(lockFor(failures)));
                update(c, "UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?", id,
                        new Object[] {failures, lock});
                return new LoginResult.Refused();
            }
        }
    }

    /** 30 s after the 5th failure, doubling with every further one, at most 15 minutes. */
    static Duration lockFor(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    private static void update(Connection c, String sql, long id, Object[] values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (values != null) {
                for (Object v : values) {
                    ps.setObject(i++, v);
                }
            }
            ps.setLong(i, id);
            ps.executeUpdate();
        }
    }

    /** The user with this id, if it still exists. */
    public Optional<User> byId(long id) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, name, role, store_id FROM users WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(user(rs)) : Optional.empty();
            }
        }
    }

    /** The user in columns 1-4 of a row: id, name, role, store_id. */
    static User user(ResultSet rs) throws SQLException {
        return new User(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                Optional.ofNullable(rs.getString(4)));
    }
}
