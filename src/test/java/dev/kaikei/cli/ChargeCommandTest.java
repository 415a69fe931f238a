package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.app.TestPayPay;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("kaikei charge")
class ChargeCommandTest extends CliFixture {

    @Nested
    @DisplayName("outcomes")
    class Outcomes {

        @Test
        @DisplayName("shows amount, QR block and URL, and exits 0 once the customer pays")
        void paid() {
            Running r = start("charge", "1200", "--description", "Latte");
            PaymentRecord p = awaitCode(0);
            sim.payCode(p.codeId());
            Run run = r.finish();
            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("Charge ¥1,200 at Test Shop").contains("▀")
                    .contains("Scan with PayPay, or open: " + p.qrUrl())
                    .contains("PAID ¥1,200 (payment " + p.merchantPaymentId() + ")");
            assertThat(journal.findPayment(p.merchantPaymentId()).orElseThrow().state())
                    .isEqualTo(PaymentState.COMPLETED);
            assertThat(journal.findPayment(p.merchantPaymentId()).orElseThrow().description()).isEqualTo("Latte");
        }

        @Test
        @DisplayName("exits 3 with the reason when the customer declines")
        void declined() {
            Running r = start("charge", "500");
            sim.declineCode(awaitCode(0).codeId());
            Run run = r.finish();
            assertThat(run.code()).isEqualTo(ExitCodes.REFUSED);
            assertThat(run.err()).startsWith("DECLINED");
            assertThat(payments().get(0).state()).isEqualTo(PaymentState.FAILED);
        }

        @Test
        @DisplayName("exits 4 when the code expires unpaid, after printing the countdown")
        void expired() {
            Running r = start("charge", "700");
            awaitCode(0);
            waiting().until(() -> r.out().toString().contains("left"));
            assertThat(r.out().toString()).containsPattern("Waiting for payment of ¥700: [45]:\\d\\d left");
            sim.clock().advance(Duration.ofSeconds(301));
            Run run = r.finish();
            assertThat(run.code()).isEqualTo(ExitCodes.EXPIRED);
            assertThat(run.err()).startsWith("EXPIRED");
            assertThat(payments().get(0).state()).isEqualTo(PaymentState.EXPIRED);
        }

        @Test
        @DisplayName("with --pre-authorize exits 0 AUTHORIZED, and capture takes the money")
        void preAuthorizeThenCapture() {
            String id = paidCharge(3000, "--pre-authorize");
            assertThat(journal.findPayment(id).orElseThrow().state()).isEqualTo(PaymentState.AUTHORIZED);
            Run capture = run("capture", id, "--amount", "2500");
            assertThat(capture.code()).as(capture.toString()).isZero();
            assertThat(capture.out()).startsWith("Done:");
            PaymentRecord row = journal.findPayment(id).orElseThrow();
            assertThat(row.state()).isEqualTo(PaymentState.COMPLETED);
            assertThat(row.capturedAmount()).isEqualTo(2500);
        }

        @Test
        @DisplayName("in SIMULATOR mode prints the embedded simulator's pay page, which a person can use")
        void simulatorModePayPage() throws Exception {
            Running r = startWith(TestPayPay.simulatorConfig(dir, journalFile), "charge", "800");
            Pattern url = Pattern.compile("open: (http://127\\.0\\.0\\.1:\\d+)/simulator/pay/(\\S+)");
            Matcher m = waiting().until(() -> url.matcher(r.out().toString()), Matcher::find);
            HttpResponse<String> paid = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(m.group(1) + "/simulator/codes/" + m.group(2) + "/pay"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(paid.statusCode()).isEqualTo(200);
            Run run = r.finish();
            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("[TRAINING: simulator]").contains("PAID ¥800");
        }
    }

    @Nested
    @DisplayName("bad input: exit 2, nothing journaled or sent")
    class BadInput {

        @ParameterizedTest(name = "amount \"{0}\"")
        @CsvSource(delimiter = '|', value = {
            "0            | at least ¥1",
            "-5           | -5",
            "123456789012 | too large: at most ¥99,999,999,999",
            "12a          | not an amount in yen: use digits only",
            "1.5          | not an amount in yen",
            "'¥1,200'     | not an amount in yen",
            "1,200        | not an amount in yen",
            "''           | not an amount in yen"})
        void badAmount(String amount, String message) {
            Run run = run("charge", amount);
            assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains(message);
            assertThat(payments()).isEmpty();
            assertThat(sim.ledger().payments()).isEmpty();
        }

        @Test
        void descriptionTooLong() {
            Run run = run("charge", "100", "--description", "x".repeat(256));
            assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("description must be at most 255 characters");
            assertThat(payments()).isEmpty();
        }

        @Test
        void missingAmount() {
            Run run = run("charge");
            assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("give an AMOUNT, or the sale's lines with --item NAME=YEN@RATE");
        }
    }

    @Test
    @DisplayName("help documents the exit codes and the simulator's lifetime")
    void help() {
        Run run = run("charge", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Exit codes:").contains("3     DECLINED").contains("6     UNRESOLVED")
                .contains("kaikei simulator");
    }

    @ParameterizedTest
    @CsvSource({"PT4M59.2S, 5:00", "PT0S, 0:00", "PT-3S, 0:00", "PT61S, 1:01"})
    void countdown(Duration left, String shown) {
        assertThat(ChargeCommand.countdown(left)).isEqualTo(shown);
    }
}
