package dev.kaikei.paypayfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.FileDifference;
import dev.kaikei.journal.FileDifference.Kind;
import dev.kaikei.journal.FileMatchRecord;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PayPayFileFormat;
import dev.kaikei.journal.PayPayFileStatus;
import dev.kaikei.journal.PaymentState;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The golden PayPay files matched against the golden day's real journal (see {@link GoldenDay}). */
@DisplayName("PayPay transaction file matched against the journal")
class TransactionFilesTest {

    private static final String MATCHING = "transaction_000000000000008181_20260301000000_20260301235959_v2.csv";

    @TempDir
    Path dir;

    private Journal journal;
    private TransactionFiles files;

    @BeforeEach
    void openGoldenDay() {
        journal = GoldenDay.open(dir.resolve("journal.sqlite"));
        files = new TransactionFiles(journal, Set.of("T1"));
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private MatchResult match(String golden) throws TransactionFileException {
        return files.match(GoldenDay.golden(dir, golden), Optional.of(GoldenDay.DAY));
    }

    @Test
    @DisplayName("a matching file: every line agrees, both totals equal, another till's line is only counted")
    void matching() throws Exception {
        MatchResult r = files.match(GoldenDay.golden(dir, MATCHING), Optional.empty());

        assertThat(r.allMatch()).isTrue();
        assertThat(r.kept().match().day()).isEqualTo(new BusinessDay(GoldenDay.DAY)); // from PayPay's file name
        assertThat(r.kept().match().format()).isEqualTo(PayPayFileFormat.INSTANT_V2);
        assertThat(r.kept().match().paypayTotal()).isEqualTo(1200 + 880 + 3300 - 880);
        assertThat(r.kept().match().journalTotal()).isEqualTo(r.kept().match().paypayTotal());
        assertThat(r.terminals()).extracting(TerminalTotals::storeId, TerminalTotals::storeName,
                TerminalTotals::terminalId, TerminalTotals::paypayLines, TerminalTotals::differences)
                .containsExactly(tuple("S1", "渋谷店", "T1", 5, 0));
        assertThat(r.otherTerminals()).extracting(TerminalTotals::terminalId, TerminalTotals::paypayLines,
                TerminalTotals::paypayTotal).containsExactly(tuple("T2", 1, 450L));
        assertThat(r.kept().match().otherTerminalLines()).isEqualTo(1);
    }

    @Test
    @DisplayName("a missing line: the journal's paid sale PayPay does not list")
    void missingLine() throws Exception {
        MatchResult r = match("missing-line.csv");

        assertThat(r.kept().match().differences()).extracting(FileDifference::kind, FileDifference::merchantId,
                        FileDifference::lineNumber, FileDifference::paymentState, FileDifference::journalAmount)
                .containsExactly(tuple(Kind.ONLY_IN_JOURNAL, "T1-0301-A003", null, PaymentState.COMPLETED, 3300L));
        assertThat(r.kept().match().journalTotal() - r.kept().match().paypayTotal()).isEqualTo(3300);
    }

    @Test
    @DisplayName("an extra line: PayPay took money the journal does not know")
    void extraLine() throws Exception {
        MatchResult r = match("extra-line.csv");

        assertThat(r.kept().match().differences()).extracting(FileDifference::kind, FileDifference::merchantId,
                        FileDifference::lineNumber, FileDifference::paypayStatus, FileDifference::paypayAmount,
                        FileDifference::paymentState, FileDifference::terminalId)
                .containsExactly(tuple(Kind.ONLY_IN_PAYPAY, "T1-0301-A999", 8, PayPayFileStatus.COMPLETED, 700L,
                        null, "T1"));
    }

    @Test
    @DisplayName("an amount that differs is named with both amounts and its line")
    void amountDiffers() throws Exception {
        MatchResult r = match("amount-differs.csv");

        assertThat(r.kept().match().differences()).extracting(FileDifference::kind, FileDifference::merchantId,
                        FileDifference::lineNumber, FileDifference::paypayAmount, FileDifference::journalAmount)
                .containsExactly(tuple(Kind.AMOUNT_DIFFERS, "T1-0301-A003", 4, 3030L, 3300L));
    }

    @Test
    @DisplayName("a refund that differs is found through its payment's id and compared with the journal's refund")
    void refundDiffers() throws Exception {
        MatchResult r = match("refund-differs.csv");

        assertThat(r.kept().match().differences()).extracting(FileDifference::kind, FileDifference::merchantId,
                        FileDifference::paypayAmount, FileDifference::operationKind, FileDifference::operationState,
                        FileDifference::journalAmount)
                .containsExactly(tuple(Kind.AMOUNT_DIFFERS, "T1-0301-A002", -800L, OperationKind.REFUND,
                        OperationState.SUCCEEDED, -880L));
    }

    @Test
    @DisplayName("Shift_JIS with kanji store names (CP932 ① ㈱), quoted commas and quotes, CRLF, refund by its own id")
    void kanjiStoreNamesAndCrlf() throws Exception {
        MatchResult r = match("kanji-store-crlf.csv");

        assertThat(r.allMatch()).as("differences: %s", r.kept().match().differences()).isTrue();
        assertThat(r.terminals()).extracting(TerminalTotals::storeName).containsExactly("渋谷①号店 ㈱カイケイ");
        assertThat(r.kept().match().paypayTotal()).isEqualTo(1200 + 880 + 3300 - 880);
    }

    @Test
    @DisplayName("the v1 form (12 columns, no 支払い詳細) matches by header name")
    void versionOne() throws Exception {
        MatchResult r = match("v1-twelve-columns.csv");

        assertThat(r.kept().match().format()).isEqualTo(PayPayFileFormat.INSTANT_V1);
        assertThat(r.allMatch()).as("differences: %s", r.kept().match().differences()).isTrue();
    }

    @Test
    @DisplayName("the pre-auth file: the authorization by payment id, the capture by its merchantCaptureId")
    void preAuth() throws Exception {
        MatchResult r = files.match(GoldenDay.golden(dir,
                "preauth_transaction_000000000000008181_20260301000000_20260301235959_v2.csv"), Optional.empty());

        assertThat(r.kept().match().format()).isEqualTo(PayPayFileFormat.PREAUTH);
        assertThat(r.allMatch()).as("differences: %s", r.kept().match().differences()).isTrue();
        assertThat(r.kept().match().paypayTotal()).isEqualTo(4800);
    }

    @Test
    @DisplayName("the outcome is kept in the journal: which file, its hash, when, and what differed")
    void keptInTheJournal() throws Exception {
        match(MATCHING);
        MatchResult second = match("amount-differs.csv");

        FileMatchRecord latest = files.latestOn(GoldenDay.DAY).orElseThrow();
        assertThat(latest.id()).isEqualTo(second.kept().id());
        assertThat(latest.match().fileName()).isEqualTo("amount-differs.csv");
        assertThat(latest.match().fileSha256()).hasSize(64);
        assertThat(latest.match().differences()).isEqualTo(second.kept().match().differences());
        assertThat(files.matchesOn(GoldenDay.DAY)).hasSize(2);
        assertThat(files.latestOn(GoldenDay.DAY.plusDays(1))).isEmpty();
    }

    /** A small instant file of the golden day written in the test: one line per argument (the cells after 店舗名). */
    private MatchResult matchLines(String... lines) throws Exception {
        StringBuilder text = new StringBuilder("決済番号,店舗ID,端末番号/PosID,取引ステータス,取引日時,取引金額,"
                + "マーチャント決済ID\n");
        for (String line : lines) {
            text.append(line).append('\n');
        }
        Path file = dir.resolve("day.csv");
        Files.write(file, text.toString().getBytes(Charset.forName("Windows-31J")));
        return files.match(file, Optional.of(GoldenDay.DAY));
    }

    @Test
    @DisplayName("PayPay says failed where the journal holds the money: a status difference (and missing money)")
    void failedInPayPayPaidInJournal() throws Exception {
        MatchResult r = matchLines(
                "04000000000000000001,S1,T1,取引失敗,2026-03-01T10:00:00+09:00,1200,T1-0301-A001",
                "04000000000000000002,S1,T1,取引完了,2026-03-01T11:30:00+09:00,880,T1-0301-A002",
                "04000000000000000003,S1,T1,取引完了,2026-03-01T13:00:00+09:00,3300,T1-0301-A003",
                "04000000000000000002,S1,T1,返金完了,2026-03-01T15:00:00+09:00,-880,T1-0301-R001");

        assertThat(r.kept().match().differences()).extracting(FileDifference::kind, FileDifference::merchantId,
                        FileDifference::paypayStatus, FileDifference::paymentState)
                .containsExactly(tuple(Kind.STATUS_DIFFERS, "T1-0301-A001", PayPayFileStatus.FAILED,
                        PaymentState.COMPLETED));
        assertThat(r.kept().match().journalTotal() - r.kept().match().paypayTotal()).isEqualTo(1200);
    }

    @Test
    @DisplayName("PayPay completed a payment the journal holds as declined: a status difference")
    void completedInPayPayFailedInJournal() throws Exception {
        MatchResult r = matchLines(
                "04000000000000000001,S1,T1,取引完了,2026-03-01T10:00:00+09:00,1200,T1-0301-A001",
                "04000000000000000002,S1,T1,取引完了,2026-03-01T11:30:00+09:00,880,T1-0301-A002",
                "04000000000000000003,S1,T1,取引完了,2026-03-01T13:00:00+09:00,3300,T1-0301-A003",
                "04000000000000000002,S1,T1,返金完了,2026-03-01T15:00:00+09:00,-880,T1-0301-A002",
                "04000000000000000004,S1,T1,取引完了,2026-03-01T14:00:00+09:00,500,T1-0301-A004");

        assertThat(r.kept().match().differences()).extracting(FileDifference::kind, FileDifference::merchantId,
                        FileDifference::paymentState, FileDifference::journalAmount)
                .containsExactly(tuple(Kind.STATUS_DIFFERS, "T1-0301-A004", PaymentState.FAILED, 0L));
    }

    @Test
    @DisplayName("a refund PayPay lists that the journal never made is in PayPay only")
    void refundOnlyInPayPay() throws Exception {
        MatchResult r = matchLines(
                "04000000000000000001,S1,T1,取引完了,2026-03-01T10:00:00+09:00,1200,T1-0301-A001",
                "04000000000000000002,S1,T1,取引完了,2026-03-01T11:30:00+09:00,880,T1-0301-A002",
                "04000000000000000003,S1,T1,取引完了,2026-03-01T13:00:00+09:00,3300,T1-0301-A003",
                "04000000000000000002,S1,T1,返金完了,2026-03-01T15:00:00+09:00,-880,T1-0301-A002",
                "04000000000000000001,S1,T1,返金完了,2026-03-01T16:00:00+09:00,-1200,T1-0301-A001");

        assertThat(r.kept().match().differences()).extracting(FileDifference::kind, FileDifference::merchantId,
                        FileDifference::lineNumber, FileDifference::paypayAmount)
                .containsExactly(tuple(Kind.ONLY_IN_PAYPAY, "T1-0301-A001", 6, -1200L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"broken-utf8.csv", "broken-utf8-bom.csv", "broken-missing-column.csv",
        "broken-amount.csv", "broken-unclosed-quote.csv", "broken-short-line.csv", "broken-status.csv",
        "broken-garbage.csv", "broken-panel-export.csv"})
    @DisplayName("a broken file is refused with its line named, and nothing is kept")
    void brokenFileKeepsNothing(String golden) {
        assertThatThrownBy(() -> match(golden)).isInstanceOf(TransactionFileException.class)
                .satisfies(e -> assertThat(((TransactionFileException) e).lineNumber()).isPositive())
                .hasMessageStartingWith("line ");
        assertThat(files.matchesOn(GoldenDay.DAY)).isEmpty();
    }

    @Test
    @DisplayName("a file whose day cannot be told asks for the day and keeps nothing")
    void dayUnknown() throws Exception {
        String twoDays = "決済番号,店舗ID,端末番号/PosID,取引ステータス,取引日時,取引金額,マーチャント決済ID\n"
                + "1,S1,T1,取引完了,2026-03-01T23:59:00+09:00,100,T1-0301-A001\n"
                + "2,S1,T1,取引完了,2026-03-02T00:01:00+09:00,100,T1-0302-A001\n";
        Path file = dir.resolve("export.csv");
        Files.write(file, twoDays.getBytes(Charset.forName("Windows-31J")));
        assertThatThrownBy(() -> files.match(file, Optional.empty()))
                .isInstanceOfSatisfying(TransactionFileException.class, e -> assertThat(e.problem())
                        .isEqualTo(TransactionFileException.Problem.DAY_UNKNOWN));
        assertThat(files.matchesOn(GoldenDay.DAY)).isEmpty();
    }
}
