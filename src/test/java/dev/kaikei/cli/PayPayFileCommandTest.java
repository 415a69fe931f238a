package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.simulator.PayPaySimulator.TransactionFileDownload;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code kaikei paypay-file} end to end: payments, a refund and a capture made through the commands against the
 * simulator over loopback HTTP, then PayPay's daily file as the simulator writes it from its own books, matched
 * against the real journal.
 */
@DisplayName("kaikei paypay-file")
class PayPayFileCommandTest extends CliFixture {

    private static final Charset SJIS = Charset.forName("Windows-31J");

    private String sale;
    private String refunded;
    private BusinessDay day;

    @BeforeEach
    void sellRefundAndCapture() {
        sale = paidCharge(1200);
        refunded = paidCharge(880);
        assertThat(run("refund", refunded).code()).isZero();
        String preAuth = paidCharge(5000, "--pre-authorize");
        assertThat(run("capture", preAuth, "--amount", "4800").code()).isZero();
        day = BusinessDay.of(journal.findPayment(sale).orElseThrow().acceptedAt());
    }

    private Path file(boolean preAuth) throws Exception {
        TransactionFileDownload download = sim.transactionFile(day.date(), preAuth);
        return Files.write(dir.resolve(download.fileName()), download.bytes());
    }

    @Test
    @DisplayName("PayPay's instant and pre-auth files of the day match: exit 0, kept in the journal")
    void everythingMatches() throws Exception {
        Run instant = run("paypay-file", file(false).toString());
        assertThat(instant.code()).as(instant.toString()).isZero();
        assertThat(instant.out()).contains("business day " + day.date() + ": 3 lines")
                .contains("Totals: PayPay ¥1,200, journal ¥1,200").contains("All lines match. Kept as match #1.");

        Run preAuth = run("paypay-file", file(true).toString());
        assertThat(preAuth.code()).as(preAuth.toString()).isZero();
        assertThat(preAuth.out()).contains("pre-authorizations").contains("Totals: PayPay ¥4,800, journal ¥4,800");
        assertThat(journal.fileMatchesOn(day)).hasSize(2);
    }

    @Test
    @DisplayName("a sale made after PayPay's file was written is listed as missing from PayPay: exit 6")
    void saleMissingFromPayPay() throws Exception {
        Path file = file(false);
        String late = paidCharge(500);

        Run run = run("paypay-file", file.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.UNRESOLVED);
        assertThat(run.out()).contains("In the journal, not in PayPay's file:").contains(late + "  journal COMPLETED ¥500")
                .contains("1 difference remain");
        assertThat(journal.fileMatchesOn(day).get(0).match().differences()).hasSize(1);
    }

    @Test
    @DisplayName("an amount changed in the file is named with its line and both amounts: exit 6")
    void amountDiffers() throws Exception {
        Path file = file(false);
        String text = new String(Files.readAllBytes(file), SJIS).replace(",1200,", ",1300,");
        Files.write(file, text.getBytes(SJIS));

        Run run = run("paypay-file", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.UNRESOLVED);
        assertThat(run.out()).contains("Amount differs:").contains(sale + "  PayPay COMPLETED ¥1,300  journal COMPLETED ¥1,200");
    }

    @Test
    @DisplayName("a broken file exits 65 naming the line and keeps nothing; a missing one exits 66")
    void brokenFile() throws Exception {
        Path file = file(false);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 25)); // cut inside the last line

        Run broken = run("paypay-file", file.toString());
        Run missing = run("paypay-file", dir.resolve("nope.csv").toString());

        assertThat(broken.code()).as(broken.toString()).isEqualTo(ExitCodes.DATA_ERROR);
        assertThat(broken.err()).contains(": line 4: ");
        assertThat(missing.code()).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(journal.fileMatchesOn(day)).isEmpty();
    }
}
