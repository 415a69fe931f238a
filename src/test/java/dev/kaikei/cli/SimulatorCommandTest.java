package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.testing.LogCapture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

@DisplayName("kaikei simulator")
class SimulatorCommandTest {

    private record Running(CompletableFuture<Integer> exit, StringWriter out, SimulatorCommand command) {
        String output() {
            synchronized (out) {
                return out.toString();
            }
        }
    }

    private static Running start(String... args) {
        CommandLine cl = KaikeiCommand.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        SimulatorCommand command = cl.getSubcommands().get("simulator").getCommand();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute(args));
        Running running = new Running(exit, out, command);
        await().atMost(Duration.ofSeconds(10)).until(() -> running.output().contains("Press Ctrl-C"));
        return running;
    }

    private static String field(String output, String label) {
        Matcher m = Pattern.compile(label + "\\s+(\\S+)").matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return m.group(1);
    }

    @Test
    void generatesAndPrintsCredentialsServesAndStopsCleanly() throws Exception {
        try (LogCapture logs = new LogCapture()) {
            Running running = start("simulator", "--port", "0", "--seed", "3", "--expiry-seconds", "60");
            String output = running.output();
            String base = field(output, "listening on");
            String secret = field(output, "API secret:");
            assertThat(field(output, "API key:")).isNotBlank();
            assertThat(field(output, "Merchant id:")).isNotBlank();
            assertThat(field(output, "Seed:")).isEqualTo("3");

            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "/v2/codes/payments/abc")).header("Authorization", "hmac OPA-Auth:x:y:z:1:empty")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(401);
            await().atMost(Duration.ofSeconds(5)).until(() -> logs.all().contains("GET /v2/codes/payments/abc -> 401 UNAUTHORIZED"));
            assertThat(logs.all()).doesNotContain(secret).doesNotContain("OPA-Auth");

            running.command().stop();
            assertThat(running.exit().get()).isZero();
        }
    }

    @Test
    @DisplayName("without --seed each run gets a seed of its own and prints it, so a run can be repeated")
    void seedPerRun() throws Exception {
        List<String> seeds = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Running running = start("simulator", "--port", "0");
            seeds.add(field(running.output(), "Seed:"));
            running.command().stop();
            assertThat(running.exit().get()).isZero();
        }
        assertThat(seeds.get(0)).matches("-?\\d+").isNotEqualTo(seeds.get(1));
    }

    @Test
    void aSecretPassedInIsNeverPrintedOrLogged() throws Exception {
        try (LogCapture logs = new LogCapture()) {
            Running running = start("simulator", "--port", "0", "--api-key", "KEY1", "--api-secret",
                    "c3VwZXItc2VjcmV0LXZhbHVl", "--merchant-id", "MID1", "--multiple-refunds");
            assertThat(running.output()).contains("KEY1").contains("MID1").doesNotContain("c3VwZXItc2VjcmV0LXZhbHVl")
                    .doesNotContain("API secret");
            running.command().stop();
            assertThat(running.exit().get()).isZero();
            assertThat(logs.all()).doesNotContain("c3VwZXItc2VjcmV0LXZhbHVl");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--port 70000|--port must be within 0..65535",
            "--port abc|Invalid value for option '--port'",
            "--api-key K|--api-key and --api-secret must be given together",
            "--expiry-seconds 0|--expiry-seconds must be at least 1",
            "--capture-confirmation-limit -1|--capture-confirmation-limit cannot be negative",
            "--bogus|Unknown option: '--bogus'"})
    void badOptionsAreUsageErrors(String args, String message) {
        CommandLine cl = KaikeiCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        String[] argv = ("simulator " + args).split(" ");
        assertThat(cl.execute(argv)).isEqualTo(2);
        assertThat(err.toString()).contains(message).contains("Usage: kaikei simulator");
    }
}
