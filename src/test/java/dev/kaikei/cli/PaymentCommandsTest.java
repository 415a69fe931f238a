package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.TestPayPay;
import dev.kaikei.journal.NewOperation;
import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.OperationChange;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentKind;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.opa.Credentials;
import dev.kaikei.opa.OpaClientConfig;
import dev.kaikei.opa.PayPayClient;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.RefundRequest;
import dev.kaikei.simulator.FaultKind;
import dev.kaikei.simulator.FaultRule;
import dev.kaikei.simulator.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("kaikei refund / cancel / capture / revert / reconcile / payments / report / export")
class PaymentCommandsTest extends CliFixture {

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
    }

    @Nested
    @DisplayName("actions")
    class Actions {

        @Test
        @DisplayName("refund defaults to the whole amount; a second refund is refused (one per payment)")
        void refund() {
            String id = paidCharge(1500);
            Run first = run("refund", id, "--reason", "wrong size");
            assertThat(first.code()).as(first.toString()).isZero();
            assertThat(first.out()).startsWith("Done:");
            assertThat(journal.findPayment(id).orElseThrow().state()).isEqualTo(PaymentState.REFUNDED);
            assertThat(sim.ledger().payment(id).orElseThrow().refundedAmount()).isEqualTo(1500);
            Run second = run("refund", id);
            assertThat(second.code()).isEqualTo(ExitCodes.REFUSED);
            assertThat(second.err()).startsWith("Refused:");
        }

        @Test
        @DisplayName("a refund PayPay did but whose answer was lost, then re-sends answered 429: never 'refused'")
        void refundCarriedOutThenRateLimited() {
            String id = paidCharge(1300);
            // The reported defect: PayPay refunds, the answer is lost, every later call meets 429 for a while.
            sim.faults().add(FaultRule.next(1, Operation.REFUND, FaultKind.COMMIT_THEN_FAIL));
            sim.faults().add(FaultRule.next(100, Operation.REFUND, FaultKind.RATE_LIMIT));
            sim.faults().add(FaultRule.next(8, Operation.GET_REFUND, FaultKind.RATE_LIMIT));
            Run refund = run("refund", id, "--wait", "1");
            assertThat(refund.code()).as(refund.toString()).isNotEqualTo(ExitCodes.REFUSED);
            assertThat(refund.err()).doesNotContainIgnoringCase("refused");
            assertThat(refund.out()).containsAnyOf("Pending:", "Done:");
            assertThat(sim.ledger().payment(id).orElseThrow().refundedAmount()).isEqualTo(1300);

            sim.faults().clear();
            waiting().untilAsserted(() -> {
                assertThat(run("reconcile").code()).isZero();
                assertThat(journal.findPayment(id).orElseThrow().state()).isEqualTo(PaymentState.REFUNDED);
            });
            assertThat(journal.operationsFor(id)).singleElement().satisfies(op -> assertThat(op.state())
                    .isEqualTo(dev.kaikei.journal.OperationState.SUCCEEDED));
        }

        @Test
        @DisplayName("a partial refund with --amount; more than paid is refused")
        void partialRefund() {
            String id = paidCharge(1000);
            Run tooMuch = run("refund", id, "--amount", "1001");
            assertThat(tooMuch.code()).isEqualTo(ExitCodes.REFUSED);
            Run part = run("refund", id, "--amount", "400");
            assertThat(part.code()).as(part.toString()).isZero();
            assertThat(journal.findPayment(id).orElseThrow().state()).isEqualTo(PaymentState.PARTIALLY_REFUNDED);
            assertThat(journal.findPayment(id).orElseThrow().refundedTotal()).isEqualTo(400);
        }

        @Test
        @DisplayName("cancel inside the window: done, the payment ends CANCELED")
        void cancel() {
            String id = paidCharge(900);
            Run run = run("cancel", id);
            assertThat(run.code()).as(run.toString()).isZero();
            assertThat(journal.findPayment(id).orElseThrow().state()).isEqualTo(PaymentState.CANCELED);
        }

        @Test
        @DisplayName("revert releases an authorization")
        void revert() {
            String id = paidCharge(2000, "--pre-authorize");
            Run run = run("revert", id, "--reason", "customer left");
            assertThat(run.code()).as(run.toString()).isZero();
            assertThat(journal.findPayment(id).orElseThrow().state()).isEqualTo(PaymentState.REVERTED);
        }

        @Test
        @DisplayName("capture of a payment that is not authorized is refused")
        void captureRefused() {
            String id = paidCharge(600);
            Run run = run("capture", id);
            assertThat(run.code()).isEqualTo(ExitCodes.REFUSED);
            assertThat(run.err()).startsWith("Refused:");
        }

        @ParameterizedTest
        @ValueSource(strings = {"refund", "cancel", "capture", "revert"})
        @DisplayName("an unknown payment id exits 7")
        void unknownId(String action) {
            Run run = run(action, "NO-SUCH-ID");
            assertThat(run.code()).isEqualTo(ExitCodes.NOT_FOUND);
            assertThat(run.err()).contains("No payment NO-SUCH-ID in the journal");
        }

        @Test
        @DisplayName("bad flags exit 2 before anything is sent")
        void badFlags() {
            assertThat(run("refund", "X", "--amount", "1.5").code()).isEqualTo(ExitCodes.USAGE);
            assertThat(run("refund", "X", "--reason", "r".repeat(256)).err()).contains("--reason must be at most 255");
            assertThat(run("refund", "X", "--wait", "-1").err()).contains("--wait must be 0 or more");
            assertThat(run("refund").err()).contains("Missing required parameter: 'PAYMENT_ID'");
        }

        @Test
        @DisplayName("in SIMULATOR mode money actions are refused with the reason (exit 2)")
        void simulatorModeRefused() {
            Run run = startWith(TestPayPay.simulatorConfig(dir, journalFile), "refund", "X").finish();
            assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).contains("Cannot refund in SIMULATOR mode").contains("kaikei simulator");
        }

        @Test
        @DisplayName("while another process owns the journal, an action exits 75")
        void journalInUse() {
            try (AppContext owner = AppContext.open(TestPayPay.load(dir, config), options())) {
                Run run = run("cancel", "X");
                assertThat(run.code()).isEqualTo(ExitCodes.IN_USE);
                assertThat(run.err()).contains("in use by another Kaikei process");
            }
        }
    }

    @Nested
    @DisplayName("the manager PIN on the command line")
    class ManagerPinRequired {

        private static final String PIN = "2580";

        @org.junit.jupiter.api.BeforeEach
        void setPin() throws Exception {
            Files.writeString(config, Files.readString(config) + "manager.pinHash="
                    + dev.kaikei.config.ManagerPin.hash(PIN.toCharArray()) + "\n");
        }

        private void typing(String pin) {
            pins = prompt -> Optional.of(pin.toCharArray());
        }

        @Test
        @DisplayName("with a PIN set, refund, cancel, capture and revert need it; without one nothing is sent")
        void neededWhenSet() {
            String id = paidCharge(1000);
            for (String action : new String[] {"refund", "cancel"}) {
                Run refused = run(action, id);
                assertThat(refused.code()).as(action).isEqualTo(ExitCodes.REFUSED);
                assertThat(refused.err()).contains("needs the manager PIN").contains("KAIKEI_MANAGER_PIN")
                        .contains("Nothing was sent");
            }
            String authorized = paidCharge(2000, "--pre-authorize");
            assertThat(run("capture", authorized).err()).contains("needs the manager PIN");
            assertThat(run("revert", authorized).err()).contains("needs the manager PIN");
            assertThat(sim.ledger().refunds()).isEmpty();
            assertThat(sim.ledger().payment(id).orElseThrow().status()).isEqualTo("COMPLETED");

            typing("1111");
            Run wrong = run("refund", id);
            assertThat(wrong.code()).isEqualTo(ExitCodes.REFUSED);
            assertThat(wrong.err()).contains("Wrong manager PIN");
            typing(PIN);
            Run right = run("refund", id);
            assertThat(right.code()).as(right.toString()).isZero();
            assertThat(sim.ledger().payment(id).orElseThrow().refundedAmount()).isEqualTo(1000);
        }

        @Test
        @DisplayName("wrong PINs lock the command line and the cashier app alike, and the lockout outlives the command")
        void lockoutShared() {
            String id = paidCharge(1000);
            typing("1111");
            for (int i = 0; i < dev.kaikei.config.PinLockout.FREE_ATTEMPTS; i++) {
                assertThat(run("refund", id).err()).contains("Wrong manager PIN");
            }
            typing(PIN);
            Run locked = run("refund", id);
            assertThat(locked.code()).isEqualTo(ExitCodes.REFUSED);
            assertThat(locked.err()).containsPattern("try again in \\d+ s");
            // The app's guard (a new process reading the same file) is locked too.
            dev.kaikei.config.Settings settings = TestPayPay.load(dir, config);
            try (AppContext app = AppContext.open(settings, options())) {
                assertThat(app.managerPin().check(PIN.toCharArray()))
                        .isEqualTo(dev.kaikei.config.ManagerPinGuard.Verdict.LOCKED);
            }
            assertThat(sim.ledger().refunds()).isEmpty();
        }
    }

    @Nested
    @DisplayName("reconcile")
    class Reconcile {

        @Test
        @DisplayName("settles a payment left open by a crash and exits 0")
        void settlesOpenRows() {
            journal.insertPayment(new NewPayment("T1-P-CRASHED-1", PaymentKind.QR, 300, null, null, "T1", null,
                    null));
            Run run = run("reconcile");
            assertThat(run.code()).as(run.toString()).isZero();
            assertThat(run.out()).contains("Checked 1, resolved 1, unresolved 0.");
            assertThat(journal.findPayment("T1-P-CRASHED-1").orElseThrow().state().isFinal()).isTrue();
        }

        @Test
        @DisplayName("re-reads the day's paid payments: a refund made outside Kaikei is recorded, a drift is flagged")
        void checksTheDay() {
            String refunded = paidCharge(1500);
            String drifted = paidCharge(800);
            try (PayPayClient panel = new PayPayClient(OpaClientConfig.builder(Credentials.of(TestPayPay.API_KEY,
                    TestPayPay.API_SECRET, TestPayPay.MERCHANT_ID)).baseUrl(sim.baseUri().toString()).build())) {
                // The merchant panel refunds one payment, without this terminal.
                assertThat(panel.refund(RefundRequest.of("PANEL-1", journal.findPayment(refunded).orElseThrow()
                        .paypayPaymentId(), MoneyAmount.yen(1500), "panel")).isSuccess()).isTrue();
            }
            sim.clock().advance(Duration.ofSeconds(5)); // PayPay finishes it
            // The other drifts in the journal (a hand edit): PayPay never refunded it.
            OperationRecord ghost = journal.insertOperation(NewOperation.refund(drifted, "GHOST-1", 800, null));
            journal.updateOperation(ghost.id(), OperationState.PENDING, OperationChange.to(OperationState.SUCCEEDED)
                    .withPayment(PaymentChange.to(PaymentState.REFUNDED)));

            Run run = run("reconcile", "--date", today());

            assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.UNRESOLVED);
            assertThat(run.out()).contains("corrected: " + refunded).contains("unresolved: " + drifted)
                    .contains("GHOST-1");
            assertThat(journal.findPayment(refunded).orElseThrow().state()).isEqualTo(PaymentState.REFUNDED);
            assertThat(journal.findPayment(drifted).orElseThrow().attention()).contains("Differs from PayPay");
        }

        @Test
        @DisplayName("--date picks the business day to re-read; a bad date is a usage error")
        void otherDay() {
            paidCharge(600);
            Run yesterday = run("reconcile", "--date", LocalDate.parse(today()).minusDays(1).toString());
            assertThat(yesterday.code()).as(yesterday.toString()).isZero();
            assertThat(yesterday.out()).contains("Checked 0,");
            Run bad = run("reconcile", "--date", "2026-13-01");
            assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        }

        @Test
        @DisplayName("exits 6 and lists what PayPay could not confirm")
        void unresolved() {
            journal.insertPayment(new NewPayment("T1-P-CRASHED-2", PaymentKind.QR, 300, null, null, "T1", null,
                    null));
            sim.faults().add(FaultRule.withProbability(1.0, Operation.ANY, FaultKind.HTTP_500));
            Run run = run("reconcile");
            assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.UNRESOLVED);
            assertThat(run.out()).contains("unresolved 1").contains("unresolved: T1-P-CRASHED-2");
        }
    }

    @Nested
    @DisplayName("reading")
    class Reading {

        @Test
        @DisplayName("payments lists the day's payments, filters by state and search text")
        void payments() {
            String paid = paidCharge(1200);
            Running r = start("charge", "800");
            sim.declineCode(awaitCode(1).codeId());
            r.finish();
            Run all = run("payments");
            assertThat(all.code()).as(all.toString()).isZero();
            assertThat(all.out()).contains("PAYMENT ID").contains(paid).contains("¥1,200").contains("COMPLETED")
                    .contains("FAILED").contains("2 payments on " + today() + ", sold ¥1,200");
            Run completed = run("payments", "--state", "completed");
            assertThat(completed.out()).contains(paid).doesNotContain("FAILED");
            Run search = run("payments", "--search", paid.substring(paid.length() - 6));
            assertThat(search.out()).contains("1 payment on");
            Run otherDay = run("payments", "--date", "2001-01-01");
            assertThat(otherDay.out()).isEqualToIgnoringNewLines("No payments on 2001-01-01.");
        }

        @ParameterizedTest
        @ValueSource(strings = {"--date=2025-02-30", "--date=yesterday", "--state=PAID", "--search=0123456789012345678901234567890123456789012345678901234567890123456789"})
        @DisplayName("payments: a bad date or state exits 2 with the allowed values")
        void paymentsBadFlags(String flag) {
            Run run = run("payments", flag);
            assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).containsAnyOf("use YYYY-MM-DD", "allowed: CREATING", "at most 64 characters");
        }

        @Test
        @DisplayName("report shows the day's totals: sales, refunds, net")
        void report() {
            String a = paidCharge(1000);
            paidCharge(500);
            assertThat(run("refund", a, "--amount", "300").code()).isZero();
            Run run = run("report");
            assertThat(run.code()).as(run.toString()).isZero();
            assertThat(run.out()).contains("Kaikei report " + today()).containsPattern("Sales\\s+2\\s+¥1,500")
                    .containsPattern("Refunds\\s+1\\s+-¥300").containsPattern("Net\\s+¥1,200")
                    .contains("Unresolved: 0");
        }

        @Test
        @DisplayName("export writes the CSV and refuses to overwrite without --force")
        void export() throws Exception {
            String id = paidCharge(1234);
            Path csv = dir.resolve("out/day.csv");
            Run first = run("export", "--from", today(), "--to", today(), "--out", csv.toString());
            assertThat(first.code()).as(first.toString()).isZero();
            assertThat(first.out()).contains("Exported 1 payment");
            assertThat(Files.readString(csv)).contains(id).contains("1234");
            Files.writeString(csv, "keep me");
            Run again = run("export", "--from", today(), "--out", csv.toString());
            assertThat(again.code()).isEqualTo(ExitCodes.CANT_CREATE);
            assertThat(again.err()).contains("already exists; use --force");
            assertThat(Files.readString(csv)).isEqualTo("keep me");
            Run forced = run("export", "--from", today(), "--out", csv.toString(), "--force");
            assertThat(forced.code()).isZero();
            assertThat(Files.readString(csv)).contains(id);
        }

        @Test
        @DisplayName("export: bad dates, from after to, a directory or unwritable target are clear errors")
        void exportErrors() throws Exception {
            assertThat(run("export", "--from", "2025-13-01", "--out", "x.csv").err()).contains("use YYYY-MM-DD");
            Run reversed = run("export", "--from", "2025-06-02", "--to", "2025-06-01", "--out",
                    dir.resolve("x.csv").toString());
            assertThat(reversed.code()).isEqualTo(ExitCodes.USAGE);
            assertThat(reversed.err()).contains("--from 2025-06-02 is after --to 2025-06-01");
            assertThat(run("export", "--from", "2025-06-01").err()).contains("Missing required option: '--out");
            Run directory = run("export", "--from", "2025-06-01", "--out", dir.toString());
            assertThat(directory.code()).isEqualTo(ExitCodes.CANT_CREATE);
            assertThat(directory.err()).contains("is a directory");
            Path blocked = Files.writeString(dir.resolve("file"), "");
            Run unwritable = run("export", "--from", "2025-06-01", "--out", blocked.resolve("sub/x.csv").toString());
            assertThat(unwritable.code()).isEqualTo(ExitCodes.CANT_CREATE);
            assertThat(unwritable.err()).startsWith("Cannot write");
        }
    }
}
