package dev.kaikei.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
                "QR", "PARTIALLY_REFUNDED", "COMPLETED", "1500", NASTY, "req-1");
        assertThat(parsed.get(2)).containsExactly("2026-11-02T11:00:00+09:00", "m-1", "r-1", "pp-1", "店舗1",
                "till,1", "REFUND", "SUCCEEDED", "REFUNDED", "-500", "返品 \"一部\"", "");
        assertThat(List.of(parsed.get(3).get(1), parsed.get(3).get(9))).containsExactly("m-2", "700");
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
