package dev.kaikei.hq.web;

import dev.kaikei.hq.figures.PaymentRow;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

/**
 * The payments export: UTF-8 with a BOM (Excel in Japan opens it right), RFC 4180 quoting, and text cells that a
 * spreadsheet would run as a formula defused with a leading apostrophe (OWASP CSV injection).
 */
final class PaymentsCsv {

    static final String HEADER = "store_id,terminal_id,created_at_jst,merchant_payment_id,paypay_payment_id,kind,"
            + "amount,sale_yen,state,description";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Writer out;

    PaymentsCsv(Writer out) throws IOException {
        this.out = out;
        out.write('\uFEFF');
        out.write(HEADER);
        out.write("\r\n");
    }

    void row(PaymentRow r) throws IOException {
        out.write(String.join(",", text(r.storeId()), text(r.terminalId()),
                TIME.format(r.createdAt().atZone(Page.BUSINESS_ZONE)), text(r.merchantPaymentId()),
                text(r.paypayPaymentId()), r.kind().name(), Long.toString(r.amount()), Long.toString(r.saleYen()),
                r.state().name(), text(r.description())));
        out.write("\r\n");
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r＝＋－＠".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
