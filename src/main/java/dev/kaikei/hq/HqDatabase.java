package dev.kaikei.hq;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HQ's PostgreSQL: a connection pool, and the schema brought up to date by Flyway when it opens. PostgreSQL is HQ's
 * only state, so any number of servers can share one database.
 */
public final class HqDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HqDatabase.class);

    private final HikariDataSource pool;

    private HqDatabase(HikariDataSource pool) {
        this.pool = pool;
    }

    /**
     * Connects and migrates.
     *
     * @throws HqException with a clear message if the database cannot be reached, refuses the login, or migrating fails
     */
    public static HqDatabase open(DbSettings settings, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("kaikei-hq");
        // Fail fast with the driver's own reason (wrong host, password, database) instead of a pool timeout.
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new HqException("Cannot connect to the HQ database " + settings.safeUrl() + " as " + settings.user()
                    + ": " + rootMessage(e), e);
        }
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new HqDatabase(pool);
    }

    private static void migrate(DataSource dataSource) {
        try {
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:dev/kaikei/hq/db")
                    .load()
                    .migrate();
            LOG.info("HQ database at schema version {} ({} migrations applied)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        } catch (FlywayException e) {
            throw new HqException("Cannot bring the HQ database's schema up to date: " + rootMessage(e), e);
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    @Override
    public void close() {
        pool.close();
    }
}
