package dev.kaikei.hq;

import dev.kaikei.hq.people.Role;
import dev.kaikei.hq.people.Users;
import dev.kaikei.hq.server.HqServer;
import dev.kaikei.hq.server.ServerOptions;
import dev.kaikei.hq.terminals.Terminals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A running HQ for tests: its own database on the shared PostgreSQL, a server on a free loopback port. */
public final class HqFixture implements AutoCloseable {

    public static final String PASSWORD = "correct horse battery";

    private final HqDatabase db;
    private final HqServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HqFixture(HqDatabase db, HqServer server) {
        this.db = db;
        this.server = server;
    }

    public static HqFixture start() {
        return start(Clock.systemUTC());
    }

    public static HqFixture start(Clock clock) {
        HqDatabase db = HqDatabase.open(SharedPostgres.newDatabase(), 8);
        try {
            HqServer server = HqServer.start(db, ServerOptions.plain(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)), clock);
            return new HqFixture(db, server);
        } catch (IOException e) {
            db.close();
            throw new UncheckedIOException(e);
        }
    }

    public HqDatabase db() {
        return db;
    }

    public URI uri() {
        return server.uri();
    }

    public String enrol(String store, String terminal) {
        return new Terminals(db.dataSource()).add(store, terminal);
    }

    public void revoke(String store, String terminal) {
        new Terminals(db.dataSource()).revoke(store, terminal);
    }

    public void owner(String name) {
        new Users(db.dataSource(), Clock.systemUTC()).add(name, Role.OWNER, Optional.empty(), PASSWORD.toCharArray());
    }

    public void manager(String name, String store) {
        new Users(db.dataSource(), Clock.systemUTC()).add(name, Role.MANAGER, Optional.of(store),
                PASSWORD.toCharArray());
    }

    /** A GET with HTTP Basic. */
    public HttpResponse<String> getBasic(String path, String user, String password) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri().resolve(path)).header("Authorization", "Basic " + credentials)
                .GET().build());
    }

    /** A POST of a sync batch body with a terminal token. */
    public HttpResponse<String> push(String token, String body) {
        return send(HttpRequest.newBuilder(uri().resolve("/api/v1/sync"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A single number from SQL (counts and sums in assertions). */
    public long scalar(String sql) {
        try (Connection c = db.connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        db.close();
    }
}
