package dev.kaikei.hq;

import java.util.Map;
import java.util.Objects;

/**
 * Where HQ's PostgreSQL is: a JDBC URL, a user and a password. The password only ever comes from the environment
 * ({@value #PASSWORD_ENV}), never from a flag (it would show in the process list) and is never printed.
 */
public record DbSettings(String url, String user, String password) {

    public static final String URL_ENV = "KAIKEI_HQ_DB";
    public static final String USER_ENV = "KAIKEI_HQ_DB_USER";
    public static final String PASSWORD_ENV = "KAIKEI_HQ_DB_PASSWORD";

    public DbSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
    }

    /**
     * Settings from flags, each falling back to its environment variable.
     *
     * @throws HqException naming what is missing or wrong
     */
    public static DbSettings resolve(String urlFlag, String userFlag, Map<String, String> env) {
        String url = urlFlag != null ? urlFlag : env.get(URL_ENV);
        String user = userFlag != null ? userFlag : env.get(USER_ENV);
        if (url == null || url.isBlank()) {
            throw new HqException("No HQ database given: pass --db jdbc:postgresql://HOST:5432/DATABASE or set "
                    + URL_ENV);
        }
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new HqException("--db must be a PostgreSQL JDBC URL (jdbc:postgresql://HOST:5432/DATABASE), was "
                    + redact(url));
        }
        if (user == null || user.isBlank()) {
            throw new HqException("No HQ database user given: pass --db-user NAME or set " + USER_ENV);
        }
        return new DbSettings(url, user, env.getOrDefault(PASSWORD_ENV, ""));
    }

    /** The URL to show a person: without its query string, which may carry a password= parameter. */
    public String safeUrl() {
        return redact(url);
    }

    private static String redact(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?…";
    }

    @Override
    public String toString() {
        return "DbSettings[url=" + redact(url) + ", user=" + user + ", password=****]";
    }
}
