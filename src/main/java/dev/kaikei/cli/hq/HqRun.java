package dev.kaikei.cli.hq;

import dev.kaikei.hq.HqDatabase;
import dev.kaikei.hq.HqException;
import java.io.PrintWriter;

/** Runs an hq command against the database with HQ's exit codes; clear messages, never a stack trace for a person. */
final class HqRun {

    static final int OK = 0;
    static final int USAGE = 2;
    /** The database cannot be reached or the HQ parts are missing from this jar (EX_UNAVAILABLE). */
    static final int UNAVAILABLE = 69;
    /** Refused: e.g. the terminal is already enrolled, no such terminal (EX_DATAERR). */
    static final int REFUSED = 65;

    static final String L_CODES_1 = "0:Done.";
    static final String L_CODES_2 = "2:Bad flag or argument.";
    static final String L_CODES_3 = "65:Refused (see the message): nothing changed.";
    static final String L_CODES_4 = "69:The database cannot be reached, or this is the cashier's kaikei.jar (use"
            + " kaikei-hq.jar).";

    @FunctionalInterface
    interface Work {
        int run(HqDatabase db) throws Exception;
    }

    private HqRun() {
    }

    static int withDatabase(DbOptions options, PrintWriter err, Work work) throws Exception {
        if (!serverPartsPresent()) {
            err.println("kaikei hq runs from the HQ build: java -jar kaikei-hq.jar hq … (the cashier's kaikei.jar"
                    + " carries no PostgreSQL driver)");
            return UNAVAILABLE;
        }
        HqDatabase db;
        try {
            db = HqDatabase.open(options.resolve(), 4);
        } catch (HqException e) {
            err.println(e.getMessage());
            return e.getMessage().startsWith("No HQ database") || e.getMessage().startsWith("--db") ? USAGE
                    : UNAVAILABLE;
        }
        try (db) {
            return work.run(db);
        } catch (HqException e) {
            err.println(e.getMessage());
            return REFUSED;
        }
    }

    /** The till's jar leaves out the PostgreSQL driver, the pool and Flyway (they would only make it bigger). */
    static boolean serverPartsPresent() {
        try {
            Class.forName("org.postgresql.Driver", false, HqRun.class.getClassLoader());
            Class.forName("com.zaxxer.hikari.HikariDataSource", false, HqRun.class.getClassLoader());
            Class.forName("org.flywaydb.core.Flyway", false, HqRun.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
