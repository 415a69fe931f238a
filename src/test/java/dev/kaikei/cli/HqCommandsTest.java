package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.hq.DbSettings;
import dev.kaikei.hq.SharedPostgres;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

@DisplayName("kaikei hq serve | terminal | user")
class HqCommandsTest {

    private DbSettings db;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void database() {
        db = SharedPostgres.newDatabase();
    }

    private Run hq(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("hq"));
        all.addAll(List.of(args));
        all.addAll(List.of("--db", db.url(), "--db-user", db.user()));
        CommandLine cl = KaikeiCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
        } finally {
            System.setIn(before);
        }
    }

    @Test
    @DisplayName("terminal add prints a one-time token, stored only hashed; a second add is refused; revoke works")
    void terminals() {
        Run added = hq("", "terminal", "add", "--store", "S1", "--terminal", "T1");
        assertThat(added.code()).as(added.toString()).isZero();
        Matcher m = Pattern.compile("hq.token=([A-Za-z0-9_-]{43})").matcher(added.out());
        assertThat(m.find()).isTrue();
        assertThat(added.out()).contains("hq.url=");

        Run again = hq("", "terminal", "add", "--store", "S1", "--terminal", "T1");
        assertThat(again.code()).isEqualTo(65);
        assertThat(again.err()).contains("already enrolled");

        Run list = hq("", "terminal", "list");
        assertThat(list.out()).contains("S1").contains("T1").contains("never synced").doesNotContain(m.group(1));

        assertThat(hq("", "terminal", "revoke", "--store", "S1", "--terminal", "T1").code()).isZero();
        assertThat(hq("", "terminal", "list").out()).contains("REVOKED");
        Run unknown = hq("", "terminal", "revoke", "--store", "S1", "--terminal", "nope");
        assertThat(unknown.code()).isEqualTo(65);
        Run bad = hq("", "terminal", "add", "--store", "S 1; DROP", "--terminal", "T1");
        assertThat(bad.code()).isEqualTo(65);
        assertThat(bad.err()).contains("store id must be");
    }

    @Test
    @DisplayName("user add takes the password from standard input, never a flag; roles and stores are checked")
    void users() {
        assertThat(hq("a long enough password\n", "user", "add", "--name", "hana", "--role", "owner",
                "--password-stdin").code()).isZero();
        Run manager = hq("another long password\n", "user", "add", "--name", "ken", "--role", "MANAGER", "--store",
                "S1", "--password-stdin");
        assertThat(manager.code()).as(manager.toString()).isZero();
        assertThat(manager.out()).contains("ken (manager, store S1) saved");

        assertThat(hq("x\n", "user", "add", "--name", "a", "--role", "boss", "--password-stdin").code())
                .isEqualTo(2);
        Run noStore = hq("long enough password\n", "user", "add", "--name", "b", "--role", "manager",
                "--password-stdin");
        assertThat(noStore.code()).isEqualTo(65);
        assertThat(noStore.err()).contains("--store");
        Run shortPw = hq("short\n", "user", "add", "--name", "c", "--role", "owner", "--password-stdin");
        assertThat(shortPw.code()).isEqualTo(65);
        assertThat(shortPw.err()).contains("at least 10");
        assertThat(hq("", "user", "add", "--name", "d", "--role", "owner", "--password", "x").code())
                .as("no password flag exists").isEqualTo(2);
    }

    @Test
    @DisplayName("without a database, or with one that cannot be reached, says so clearly")
    void database_problems() {
        CommandLine cl = KaikeiCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        int code = cl.execute("hq", "terminal", "list", "--db-user", "x");
        // KAIKEI_HQ_DB is not set in the test environment.
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--db");

        db = new DbSettings("jdbc:postgresql://127.0.0.1:1/kaikei", "kaikei", "");
        Run unreachable = hq("", "terminal", "list");
        assertThat(unreachable.code()).isEqualTo(69);
        assertThat(unreachable.err()).contains("Cannot connect to the HQ database");
    }

    @Test
    @DisplayName("serve runs as its own process, answers the API with a user's credentials, and stops on SIGTERM")
    void serve() throws Exception {
        assertThat(hq("a long enough password\n", "user", "add", "--name", "hana", "--role", "owner",
                "--password-stdin").code()).isZero();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), "dev.kaikei.Main", "hq", "serve", "--port", "0",
                "--bind", "127.0.0.1", "--db", db.url(), "--db-user", db.user()).redirectErrorStream(true).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8))) {
            URI base = null;
            while (base == null) {
                String line = lines.readLine();
                if (line == null) {
                    break;
                }
                Matcher m = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)").matcher(line);
                if (m.find()) {
                    base = URI.create(m.group(1));
                }
            }
            assertThat(base).as("the server printed where it listens").isNotNull();
            HttpResponse<String> day = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    base.resolve("/api/v1/days/2026-11-02")).header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString("hana:a long enough password".getBytes(
                    StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(day.statusCode()).isEqualTo(200);
            assertThat(day.body()).isEqualTo("{\"date\":\"2026-11-02\",\"netYen\":0,\"stores\":[]}");
        } finally {
            server.destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
        }
    }
}
