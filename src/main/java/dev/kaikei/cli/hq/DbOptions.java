package dev.kaikei.cli.hq;

import dev.kaikei.hq.DbSettings;
import picocli.CommandLine.Option;

/** Where HQ's PostgreSQL is, for every {@code kaikei hq} command: flags, else the environment. */
final class DbOptions {

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "PostgreSQL, e.g. jdbc:postgresql://localhost:5432/kaikei (default: env KAIKEI_HQ_DB).")
    String url;

    @Option(names = "--db-user", paramLabel = "NAME", description = "Database user (default: env KAIKEI_HQ_DB_USER)."
            + " The password is read from env KAIKEI_HQ_DB_PASSWORD only.")
    String user;

    DbSettings resolve() {
        return DbSettings.resolve(url, user, System.getenv());
    }
}
