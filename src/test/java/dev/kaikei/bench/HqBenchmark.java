package dev.kaikei.bench;

import dev.kaikei.hq.DbSettings;
import dev.kaikei.hq.HqDatabase;
import dev.kaikei.hq.people.Role;
import dev.kaikei.hq.people.Users;
import dev.kaikei.hq.server.HqServer;
import dev.kaikei.hq.server.ServerOptions;
import dev.kaikei.hq.terminals.Terminals;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The back office under load, over real HTTP into a real PostgreSQL (embedded, data kept in target/bench/hq-pg):
 * <ol>
 *   <li><b>ingest</b>: payments/s stored when 100 tills push batches of 500 at once, beside one till alone;</li>
 *   <li><b>queries</b>: over 10,000,000 payments (100 tills, 20 stores, a year), the figures page of one day and of a
 *       month, and payments search pages (by amount over a month, by id prefix, one day, newest), median and p95.</li>
 * </ol>
 * Run: {@code java -cp $CP dev.kaikei.bench.HqBenchmark [payments, default 10000000]} (see README, Benchmarks). The
 * first run generates the rows (several minutes); later runs reuse them.
 */
public final class HqBenchmark {

    private static final Path DATA = Path.of("target", "bench", "hq-pg");
    private static final int TILLS = 100;
    private static final int BATCH = 500;
    private static final String PASSWORD = "benchmark password";
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 12, 1);

    private HqBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long payments = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Files.createDirectories(DATA.getParent());
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false)
                .setServerConfig("shared_buffers", "512MB").setServerConfig("work_mem", "16MB").start()) {
            ensureDatabase(pg, "ingest", true);
            ensureDatabase(pg, "big", false);
            ingest(settings(pg, "ingest"));
            queries(settings(pg, "big"), payments);
        }
    }

    private static DbSettings settings(EmbeddedPostgres pg, String db) {
        return new DbSettings("jdbc:postgresql://localhost:" + pg.getPort() + "/" + db, "postgres", "");
    }

    private static void ensureDatabase(EmbeddedPostgres pg, String name, boolean fresh) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'");
            rs.next();
            boolean exists = rs.getInt(1) > 0;
            if (exists && fresh) {
                st.execute("DROP DATABASE " + name);
            }
            if (!exists || fresh) {
                st.execute("CREATE DATABASE " + name);
            }
        }
    }

    // ------------------------------------------------------------------ ingest

    private static void ingest(DbSettings settings) throws Exception {
        try (HqDatabase db = HqDatabase.open(settings, 16);
             HqServer server = HqServer.start(db, ServerOptions.plain(
                     new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)), Clock.systemUTC())) {
            Terminals terminals = new Terminals(db.dataSource());
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < TILLS + 1; i++) {
                tokens.add(terminals.add("store-" + (i / 5), "till-" + i));
            }
            // Daemon threads: the JVM exits when the benchmark is done.
            HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, "bench-http");
                t.setDaemon(true);
                return t;
            })).build();
            URI sync = server.uri().resolve("/api/v1/sync");
            // Warm-up: JIT and connections.
            push(http, sync, List.of(tokens.get(TILLS)), 4, 0);

            Result alone = push(http, sync, List.of(tokens.get(0)), 40, 1_000_000);
            Result hundred = push(http, sync, tokens.subList(0, TILLS), 4, 2_000_000);
            System.out.printf("ingest   1 till  alone : %,9.0f payments/s (%,d payments in %.2f s)%n",
                    alone.rate(), alone.payments(), alone.seconds());
            System.out.printf("ingest 100 tills at once: %,9.0f payments/s (%,d payments in %.2f s)  ratio %.2f%n",
                    hundred.rate(), hundred.payments(), hundred.seconds(), hundred.rate() / alone.rate());
        }
    }

    record Result(long payments, double seconds) {
        double rate() {
            return payments / seconds;
        }
    }

    /** Every till pushes {@code batches} batches of {@value #BATCH} new payments, all tills at once. */
    private static Result push(HttpClient http, URI sync, List<String> tokens, int batches, long idBase)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        AtomicLong stored = new AtomicLong();
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        long now = Instant.now().toEpochMilli();
        for (int t = 0; t < tokens.size(); t++) {
            String token = tokens.get(t);
            long base = idBase + t * 100_000L;
            done.add(pool.submit(() -> {
                for (int b = 0; b < batches; b++) {
                    StringBuilder body = new StringBuilder(BATCH * 330).append("{\"changes\":[");
                    for (int i = 0; i < BATCH; i++) {
                        long n = base + (long) b * BATCH + i;
                        body.append(i > 0 ? "," : "").append("{\"seq\":").append(n + 1)
                                .append(",\"payment\":{\"merchantPaymentId\":\"b").append(n)
                                .append("\",\"kind\":\"QR\",\"amount\":1200,\"description\":\"latte\",")
                                .append("\"paypayPaymentId\":\"PP").append(n).append("\",\"state\":\"COMPLETED\",")
                                .append("\"createdAt\":").append(now).append(",\"updatedAt\":").append(now)
                                .append(",\"attention\":null,\"saleYen\":1200,\"canceled\":false,\"open\":false}}");
                    }
                    body.append("]}");
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(sync)
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("push answered " + r.statusCode() + ": " + r.body());
                    }
                    stored.addAndGet(BATCH);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(stored.get(), seconds);
    }

    // ------------------------------------------------------------------ queries

    private static void queries(DbSettings settings, long payments) throws Exception {
        try (HqDatabase db = HqDatabase.open(settings, 16)) {
            generate(db, payments);
            new Users(db.dataSource(), Clock.systemUTC()).add("owner", Role.OWNER, Optional.empty(),
                    PASSWORD.toCharArray());
            try (HqServer server = HqServer.start(db, ServerOptions.plain(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)), Clock.systemUTC())) {
                HttpClient http = HttpClient.newHttpClient();
                String cookie = login(http, server.uri());
                LocalDate day = FIRST_DAY.plusDays(200);
                String month = "from=" + day.withDayOfMonth(1) + "&to=" + day.withDayOfMonth(1).plusMonths(1)
                        .minusDays(1);
                System.out.printf("over %,d payments (%,d tills):%n", payments, TILLS);
                time(http, server.uri(), cookie, "figures page, one day", "/?from=" + day + "&to=" + day);
                time(http, server.uri(), cookie, "figures page, a month", "/?" + month);
                time(http, server.uri(), cookie, "search: amount over a month", "/payments?amount=1200&" + month);
                time(http, server.uri(), cookie, "search: id prefix", "/payments?id=b-4242");
                time(http, server.uri(), cookie, "search: one day, page 3", "/payments?from=" + day + "&to=" + day
                        + "&page=2");
                time(http, server.uri(), cookie, "search: newest, no filter", "/payments");
                time(http, server.uri(), cookie, "unresolved list", "/unresolved");
            }
        }
    }

    private static void generate(HqDatabase db, long payments) throws Exception {
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT count(*) FROM payments");
            rs.next();
            long have = rs.getLong(1);
            if (have >= payments) {
                return;
            }
            System.out.printf("generating %,d payments (once; kept in %s)...%n", payments - have, DATA);
            st.execute("INSERT INTO terminals (store_id, terminal_id, token_hash) SELECT 'store-' || (i / 5), "
                    + "'till-' || i, sha256(('bench' || i)::bytea) FROM generate_series(0, " + (TILLS - 1) + ") i "
                    + "ON CONFLICT DO NOTHING");
            // Bulk generation skips the per-row aggregate triggers and rebuilds the aggregates once at the end.
            st.execute("ALTER TABLE payments DISABLE TRIGGER payments_day_totals");
            st.execute("ALTER TABLE operations DISABLE TRIGGER operations_day_refunds");
            long chunk = 1_000_000;
            double secondsPerPayment = 365.0 * 86400 / payments;
            for (long from = have + 1; from <= payments; from += chunk) {
                long to = Math.min(payments, from + chunk - 1);
                long t0 = System.nanoTime();
                st.execute("INSERT INTO payments (terminal_ref, merchant_payment_id, seq, business_day, created_at, "
                        + "updated_at, kind, amount, description, paypay_payment_id, state, attention, sale_yen, "
                        + "canceled, open) "
                        + "SELECT t.id, 'b-' || g, g, (ts AT TIME ZONE 'Asia/Tokyo')::date, ts, ts, "
                        + "CASE WHEN g % 10 = 0 THEN 'NATIVE' ELSE 'QR' END, amount, 'item', 'PP' || g, "
                        + "CASE WHEN g % 50 = 0 THEN 'AWAITING_PAYMENT' WHEN g % 20 = 1 THEN 'FAILED' "
                        + "     WHEN g % 97 = 2 THEN 'CANCELED' ELSE 'COMPLETED' END, NULL, "
                        + "CASE WHEN g % 50 = 0 OR g % 20 = 1 THEN 0 ELSE amount END, g % 97 = 2 AND g % 20 <> 1 "
                        + "AND g % 50 <> 0, g % 50 = 0 "
                        + "FROM generate_series(" + from + ", " + to + ") g "
                        + "CROSS JOIN LATERAL (SELECT timestamptz '" + FIRST_DAY + " 00:00+09' + g * interval '"
                        + secondsPerPayment + " seconds' AS ts, (ARRAY[300,450,500,550,980,1200,1500,2980,3000,"
                        + "5000])[1 + (g / 7) % 10] AS amount) x "
                        + "JOIN terminals t ON t.terminal_id = 'till-' || (g % " + TILLS + ") AND t.store_id = "
                        + "'store-' || ((g % " + TILLS + ") / 5)");
                System.out.printf("  %,d payments (%.0f s)%n", to, (System.nanoTime() - t0) / 1e9);
            }
            st.execute("INSERT INTO operations (terminal_ref, operation_key, merchant_payment_id, seq, business_day, "
                    + "created_at, updated_at, kind, amount, state, refund_yen, open) SELECT terminal_ref, "
                    + "'rf-' || merchant_payment_id, merchant_payment_id, seq, business_day, created_at, updated_at, "
                    + "'REFUND', amount, 'SUCCEEDED', amount / 2, false FROM payments WHERE seq % 40 = 3 "
                    + "ON CONFLICT DO NOTHING");
            st.execute("ALTER TABLE payments ENABLE TRIGGER payments_day_totals");
            st.execute("ALTER TABLE operations ENABLE TRIGGER operations_day_refunds");
            st.execute("DELETE FROM day_totals");
            st.execute("DELETE FROM day_refunds");
            st.execute("INSERT INTO day_totals (terminal_ref, business_day, kind, sales_count, sales_yen, cancels_yen, "
                    + "open_payments) SELECT terminal_ref, business_day, kind, count(*) FILTER (WHERE sale_yen > 0), "
                    + "sum(sale_yen), coalesce(sum(sale_yen) FILTER (WHERE canceled), 0), count(*) FILTER (WHERE open) "
                    + "FROM payments GROUP BY terminal_ref, business_day, kind");
            st.execute("INSERT INTO day_refunds (terminal_ref, business_day, refunds_yen, open_operations) SELECT "
                    + "terminal_ref, business_day, sum(refund_yen), count(*) FILTER (WHERE open) FROM operations "
                    + "GROUP BY terminal_ref, business_day");
            st.execute("VACUUM ANALYZE payments");
            st.execute("ANALYZE day_totals");
            st.execute("ANALYZE day_refunds");
            st.execute("VACUUM ANALYZE operations");
        }
    }

    private static String login(HttpClient http, URI base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=owner&password=" + PASSWORD.replace(" ", "+")))
                .build(), HttpResponse.BodyHandlers.ofString());
        return r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    private static void time(HttpClient http, URI base, String cookie, String what, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Cookie", cookie).build();
        // A long-running server's steady state: the page's code compiled by the JIT, its rows in the cache.
        for (int i = 0; i < 20; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        double[] ms = new double[30];
        int status = 0;
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("  %-30s median %6.1f ms   p95 %6.1f ms   (HTTP %d)%n", what, ms[ms.length / 2],
                ms[(int) (ms.length * 0.95)], status);
    }
}
