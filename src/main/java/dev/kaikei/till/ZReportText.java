package dev.kaikei.till;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.CashFigures;
import dev.kaikei.journal.PayPayFigures;
import dev.kaikei.journal.Tally;
import dev.kaikei.journal.TillFigures;
import dev.kaikei.journal.ZReport;
import dev.kaikei.receipt.ReceiptDocument;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Z report (or a 点検's figures) as lines of plain text, in Japanese or English: what the command line prints and a
 * receipt printer or the screen shows. Fixed width, so columns line up in a terminal and on 58 mm paper.
 */
public final class ZReportText {

    /** Characters per line: fits 58 mm paper's 32 columns of half-width text. */
    public static final int WIDTH = 32;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final boolean japanese;

    public ZReportText(Locale locale) {
        this.japanese = "ja".equals(locale.getLanguage());
    }

    /** The Z report of a close. */
    public List<String> render(ZReport z, String storeName, String terminalId) {
        return text(zLines(z, storeName, terminalId));
    }

    /** The Z report of a close laid out for paper: the printer and the PDF draw the same lines as the text. */
    public ReceiptDocument document(ZReport z, String storeName, String terminalId) {
        return document(zLines(z, storeName, terminalId));
    }

    /** A 点検: the figures of the open session now. */
    public List<String> renderCheck(BusinessDay day, TillFigures f, Instant now) {
        return text(checkLines(day, f, now));
    }

    /** A 点検 laid out for paper. */
    public ReceiptDocument checkDocument(BusinessDay day, TillFigures f, Instant now) {
        return document(checkLines(day, f, now));
    }

    /** One line of a report: a heading or text ({@code value} null), a label with its value, or a rule (both null). */
    private record Line(String label, String value) {

        static final Line RULE = new Line(null, null);

        static Line text(String text) {
            return new Line(text, null);
        }
    }

    private List<Line> zLines(ZReport z, String storeName, String terminalId) {
        List<Line> out = new ArrayList<>();
        out.add(Line.text(t("精算レポート Z", "Z REPORT") + " No." + z.number()));
        out.add(Line.text(storeName));
        out.add(Line.text(t("端末 ", "Terminal ") + terminalId));
        out.add(Line.text(t("営業日 ", "Business day ") + z.session().day().date()));
        out.add(Line.text(t("期間 ", "From ") + time(z.figures().from())));
        out.add(Line.text(t("精算 ", "Closed ") + time(z.closedAt())));
        out.add(Line.RULE);
        figures(out, z.figures());
        out.add(Line.RULE);
        out.add(row(t("実査現金", "Counted cash"), z.countedCash()));
        out.add(row(z.overShort() < 0 ? t("過不足(不足)", "Short") : t("過不足(過剰)", "Over"), z.overShort()));
        out.add(row(t("翌日釣銭準備金", "Next float"), z.nextFloat()));
        out.add(row(t("売上金回収", "Cash taken out"), z.takings()));
        return out;
    }

    private List<Line> checkLines(BusinessDay day, TillFigures f, Instant now) {
        List<Line> out = new ArrayList<>();
        out.add(Line.text(t("点検レポート X", "X REPORT (check)")));
        out.add(Line.text(t("営業日 ", "Business day ") + day.date()));
        out.add(Line.text(t("期間 ", "From ") + time(f.from())));
        out.add(Line.text(t("点検 ", "Now ") + time(now)));
        out.add(Line.RULE);
        figures(out, f);
        return out;
    }

    private void figures(List<Line> out, TillFigures f) {
        CashFigures cash = f.cash();
        out.add(Line.text(t("【現金】", "CASH")));
        out.add(row(t("釣銭準備金", "Opening float"), f.openingFloat()));
        out.add(tally(t("現金売上", "Cash sales"), cash.sales(), 1));
        out.add(tally(t("現金返金", "Cash refunds"), cash.refunds(), -1));
        out.add(tally(t("入金", "Paid in"), cash.paidIn(), 1));
        out.add(tally(t("出金", "Paid out"), cash.paidOut(), -1));
        out.add(new Line(t("ドロア開放(取引なし)", "No sale"), cash.noSales() + t("回", "x")));
        out.add(row(t("現金在高(理論)", "Expected cash"), f.expectedCash()));
        if (cash.held().count() > 0) {
            // Split sales whose PayPay part is unconfirmed: their cash is kept apart, not in the drawer.
            out.add(tally(t("預り金(PayPay確認待ち)", "Held for PayPay"), cash.held(), 1));
        }
        PayPayFigures pp = f.paypay();
        out.add(Line.text(t("【PayPay】", "PAYPAY")));
        out.add(tally(t("売上", "Sales"), pp.sales(), 1));
        out.add(tally(t("取消", "Cancels"), pp.cancels(), -1));
        out.add(tally(t("返金", "Refunds"), pp.refunds(), -1));
        out.add(row(t("純売上", "Net"), pp.net()));
        if (pp.unresolved() > 0) {
            out.add(new Line(t("未確定", "Unresolved"), pp.unresolved() + t("件", "")));
        }
    }

    private Line tally(String label, Tally tally, int sign) {
        return row(label + " " + tally.count() + t("件", "x"), sign * tally.yen());
    }

    private static Line row(String label, long yen) {
        return new Line(label, yen(yen));
    }

    /** Label left, value right, {@link #WIDTH} columns (a full-width character counts two). */
    private static List<String> text(List<Line> lines) {
        return lines.stream().map(l -> l == Line.RULE ? "-".repeat(WIDTH) : l.value() == null ? l.label()
                : l.label() + " ".repeat(Math.max(1, WIDTH - columns(l.label()) - columns(l.value()))) + l.value())
                .toList();
    }

    private static ReceiptDocument document(List<Line> lines) {
        List<ReceiptDocument.Block> blocks = new ArrayList<>();
        for (Line l : lines) {
            if (l == Line.RULE) {
                blocks.add(new ReceiptDocument.Rule());
            } else if (l.value() == null) {
                boolean title = blocks.isEmpty();
                blocks.add(new ReceiptDocument.Text(l.label(), title ? ReceiptDocument.Align.CENTER
                        : ReceiptDocument.Align.LEFT, title ? ReceiptDocument.Style.LARGE
                        : ReceiptDocument.Style.NORMAL));
            } else {
                blocks.add(new ReceiptDocument.Pair(l.label(), l.value(), ReceiptDocument.Style.NORMAL, 0));
            }
        }
        return new ReceiptDocument(blocks);
    }

    static String yen(long yen) {
        return (yen < 0 ? "-" : "") + String.format(Locale.ROOT, "¥%,d", Math.abs(yen));
    }

    private static int columns(String s) {
        return s.codePoints().map(cp -> cp < 0x2E80 || (cp >= 0xFF61 && cp <= 0xFF9F) ? 1 : 2).sum();
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(BusinessDay.ZONE));
    }

    private String t(String ja, String en) {
        return japanese ? ja : en;
    }
}
