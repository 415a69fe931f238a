package dev.kaikei.journal;

import dev.kaikei.files.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's SQLite file: one writer connection behind a lock (every change is one IMMEDIATE transaction) and one
 * read-only connection behind its own lock, so queries of the UI never wait for a commit. Changes are published to
 * listeners only after their transaction committed, outside both locks.
 */
final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** SQLite VM steps between checks whether a backup should go on (well under a millisecond of work). */
    private static final int PROGRESS_STEPS = 1_000;

    private final Path file;
    private final Connection writer;
    private final Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private final ChangeBus changes = new ChangeBus();
    private final ThreadLocal<List<JournalChange>> pending = new ThreadLocal<>();
    private volatile boolean closed;

    private Database(Path file, Connection writer, Connection reader) {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
    }

    static Database open(Path path, JournalOptions options) {
        if (path == null) {
            throw new IllegalArgumentException("journal path is required");
        }
        Path file = path.toAbsolutePath().normalize();
        prepareLocation(file);
        Connection writer = null;
        Connection reader = null;
        try {
            writer = connect(file, options);
            exec(writer, "PRAGMA synchronous = FULL");
            exec(writer, "PRAGMA foreign_keys = ON");
            migrate(writer, file);
            reader = connect(file, options);
            exec(reader, "PRAGMA query_only = ON");
            LOG.info("Opened journal {} (schema version {})", file, Migrations.latest());
            return new Database(file, writer, reader);
        } catch (SQLException e) {
            closeQuietly(reader);
            closeQuietly(writer);
            throw SqlErrors.wrap("open", file, e);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            closeQuietly(writer);
            throw e;
        }
    }

    private static void prepareLocation(Path file) {
        if (Files.isDirectory(file)) {
            throw new JournalException("The journal path " + file + " is a directory, not a file");
        }
        Path parent = file.getParent();
        try {
            OwnerOnly.createDirectories(parent);
        } catch (IOException | SecurityException e) {
            throw new JournalException("Cannot create the journal's directory " + parent + ": " + e, e);
        }
        if (parent != null && !Files.isWritable(parent)) {
            throw new JournalException("The journal's directory " + parent + " is not writable");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new JournalException("The journal " + file + " is not writable");
        }
        try {
            // The shop's money: owner-only. SQLite gives its -wal and -shm files the same permissions.
            OwnerOnly.createFile(file);
        } catch (IOException | SecurityException e) {
            throw new JournalException("Cannot make the journal " + file + " owner-only: " + e, e);
        }
    }

    private static Connection connect(Path file, JournalOptions options) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try {
            exec(connection, "PRAGMA busy_timeout = " + options.busyTimeout().toMillis());
            // Reading the mode touches the file: a corrupt or locked file fails here, before anything is written.
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA journal_mode = WAL")) {
                String mode = rs.next() ? rs.getString(1) : "?";
                if (!"wal".equalsIgnoreCase(mode)) {
                    throw new JournalException("The journal " + file + " could not be switched to WAL mode (mode is "
                            + mode + ")");
                }
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void migrate(Connection connection, Path file) throws SQLException {
        exec(connection, "BEGIN IMMEDIATE");
        try {
            Migrations.migrate(connection, file);
            exec(connection, "COMMIT");
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection);
            throw e;
        }
    }

    Path file() {
        return file;
    }

    Subscription subscribe(JournalListener listener) {
        return changes.add(listener);
    }

    /** Runs {@code work} as one write transaction; changes it {@linkplain #changed noted} are published after commit. */
    <T> T write(String action, SqlWork<T> work) {
        List<JournalChange> noted = new ArrayList<>();
        T result;
        writeLock.lock();
        try {
            ensureOpen();
            pending.set(noted);
            exec(writer, "BEGIN IMMEDIATE");
            try {
                result = work.run(writer);
                exec(writer, "COMMIT");
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(writer);
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.wrap(action + " in", file, e);
        } finally {
            pending.remove();
            writeLock.unlock();
        }
        changes.publish(noted);
        return result;
    }

    /** Notes a change inside a {@link #write} so listeners hear of it once it is committed. */
    void changed(JournalChange change) {
        List<JournalChange> noted = pending.get();
        if (noted == null) {
            throw new IllegalStateException("changed() outside a write transaction");
        }
        noted.add(change);
    }

    /** Runs a query on the read connection (sees everything committed, never blocks writers). */
    <T> T read(String action, SqlWork<T> work) {
        readLock.lock();
        try {
            ensureOpen();
            return work.run(reader);
        } catch (SQLException e) {
            throw SqlErrors.wrap(action + " in", file, e);
        } finally {
            readLock.unlock();
        }
    }

    /**
     * Copies the whole database, consistent as of one moment, into {@code target} (which must not exist) with
     * {@code VACUUM INTO}: it runs on the read connection, so payments keep being written while it copies.
     */
    /**
     * Copies the journal to {@code target} on a connection of its own: in WAL mode its read transaction blocks neither
     * the writer nor the reading connection, so a backup of a big journal never holds up a poll or a screen.
     */
    void vacuumInto(Path target, BooleanSupplier keepGoing) {
        ensureOpen();
        try (Connection copier = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            exec(copier, "PRAGMA busy_timeout = 5000");
            ProgressHandler.setHandler(copier, PROGRESS_STEPS, new ProgressHandler() {
                @Override
                protected int progress() {
                    return keepGoing.getAsBoolean() ? 0 : 1; // non-zero interrupts the copy
                }
            });
            try (var st = copier.prepareStatement("VACUUM INTO ?")) {
                st.setString(1, target.toString());
                st.execute();
            } finally {
                ProgressHandler.clearHandler(copier);
            }
        } catch (SQLException e) {
            throw SqlErrors.wrap("back up", file, e);
        }
    }

    /**
     * Checks that {@code candidate} is a sound Kaikei journal without changing it: it opens read-only, passes
     * {@code PRAGMA integrity_check} and has a schema this version knows.
     *
     * @return the problem in words, or empty if the file is fine
     */
    static Optional<String> problemWith(Path candidate) {
        if (!Files.isRegularFile(candidate)) {
            return Optional.of(candidate + " does not exist or is not a file");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + candidate.toAbsolutePath());
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                String first = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equalsIgnoreCase(first)) {
                    return Optional.of(candidate + " fails the integrity check: " + first);
                }
            }
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                int version = rs.next() ? rs.getInt(1) : 0;
                if (version < 1 || version > Migrations.latest()) {
                    return Optional.of(candidate + " is not a Kaikei journal this version can use (schema "
                            + version + ", supported 1-" + Migrations.latest() + ")");
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(candidate + " cannot be read as a journal: " + e.getMessage());
        }
    }

    /** Reads a PRAGMA of the writer connection (for tests and diagnostics). */
    String writerPragma(String name) {
        writeLock.lock();
        try {
            ensureOpen();
            try (Statement st = writer.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw SqlErrors.wrap("read a setting of", file, e);
        } finally {
            writeLock.unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new JournalException("The journal " + file + " is closed");
        }
    }

    static void exec(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            exec(connection, "ROLLBACK");
        } catch (SQLException e) {
            LOG.debug("Rollback after failure did not run: {}", e.getMessage());
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing a journal connection failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        readLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            closeQuietly(reader);
            closeQuietly(writer);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
        changes.close();
        LOG.info("Closed journal {}", file);
    }
}
