package dev.kaikei.receipt;

import dev.kaikei.journal.ReceiptKind;
import dev.kaikei.journal.ReceiptVariant;
import dev.kaikei.receipt.ReceiptDocument.Align;
import dev.kaikei.receipt.ReceiptDocument.Block;
import dev.kaikei.receipt.ReceiptDocument.Logo;
import dev.kaikei.receipt.ReceiptDocument.Pair;
import dev.kaikei.receipt.ReceiptDocument.Qr;
import dev.kaikei.receipt.ReceiptDocument.Rule;
import dev.kaikei.receipt.ReceiptDocument.Style;
import dev.kaikei.receipt.ReceiptDocument.Text;
import dev.kaikei.sale.CashTender;
import dev.kaikei.sale.PayPayTender;
import dev.kaikei.sale.RateTotal;
import dev.kaikei.sale.SaleLine;
import dev.kaikei.sale.TaxCategory;
import dev.kaikei.sale.TaxPricing;
import dev.kaikei.sale.TaxRate;
import dev.kaikei.sale.Tender;
import dev.kaikei.sale.Yen;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Lays out a receipt's content in Japanese or English, following the simplified qualified invoice rules: issuer and
 * registration number, date, items with ※ on reduced-rate lines and its legend, total and tax per rate, total, and
 * how it was paid; a return receipt names the original sale; a reprint says so and keeps the number.
 */
public final class ReceiptComposer {

    private final Locale locale;
    private final ResourceBundle labels;
    private final DateTimeFormatter date;

    public ReceiptComposer(Locale locale) {
        this.locale = "ja".equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        this.labels = ResourceBundle.getBundle("dev.kaikei.receipt.labels", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.date = DateTimeFormatter.ofPattern(labels.getString("date"), this.locale);
    }

    public Locale locale() {
        return locale;
    }

    public ReceiptDocument compose(ReceiptContent r) {
        List<Block> b = new ArrayList<>();
        header(r, b);
        b.add(new Rule());
        if (r.showLines()) {
            lines(r, b);
            b.add(new Rule());
        }
        totals(r, b);
        b.add(new Rule());
        footer(r, b);
        return new ReceiptDocument(b);
    }

    /** A printer test page: the header, Japanese text with ※ and ¥, a column ruler, and a QR code. */
    public ReceiptDocument testPage(StoreDetails store, PrinterSettings printer) {
        List<Block> b = new ArrayList<>();
        b.add(new Logo());
        b.add(new Text(store.name().isEmpty() ? "Kaikei" : store.name(), Align.CENTER, Style.LARGE));
        store.registrationNumber().ifPresent(n -> b.add(new Text(label("registration", n.value()), Align.CENTER,
                Style.NORMAL)));
        b.add(new Text(label("test.title"), Align.CENTER, Style.BOLD));
        b.add(new Rule());
        b.add(new Text(label("test.printer", printer.type().configValue() + " " + printer.address()), Align.LEFT,
                Style.NORMAL));
        b.add(new Text(label("test.paper", printer.paper().millimetres(), printer.paper().columns()), Align.LEFT,
                Style.NORMAL));
        b.add(new Text("1234567890".repeat(printer.paper().columns() / 10 + 1).substring(0,
                printer.paper().columns()), Align.LEFT, Style.NORMAL));
        b.add(new Pair("日本語の表示 ※", Yen.format(1234), Style.NORMAL, 0));
        b.add(new Pair(label("total"), Yen.format(1234), Style.LARGE, 0));
        b.add(new Rule());
        b.add(new Text(label("reduced.legend"), Align.LEFT, Style.NORMAL));
        b.add(new Qr("KAIKEI-TEST"));
        return new ReceiptDocument(b);
    }

    private void header(ReceiptContent r, List<Block> b) {
        StoreDetails store = r.store();
        b.add(new Logo());
        if (!store.name().isEmpty()) {
            b.add(new Text(store.name(), Align.CENTER, Style.LARGE));
        }
        if (!store.address().isEmpty()) {
            b.add(new Text(store.address(), Align.CENTER, Style.NORMAL));
        }
        if (!store.phone().isEmpty()) {
            b.add(new Text(label("phone", store.phone()), Align.CENTER, Style.NORMAL));
        }
        store.registrationNumber().ifPresent(n -> b.add(new Text(label("registration", n.value()), Align.CENTER,
                Style.NORMAL)));
        if (r.variant() == ReceiptVariant.RYOSHUSHO) {
            b.add(new Text(label("ryoshusho.title"), Align.CENTER, Style.LARGE));
            b.add(new Text(label("ryoshusho.addressee", r.addressee().isEmpty() ? "　".repeat(8) : r.addressee()),
                    Align.LEFT, Style.BOLD));
        }
        r.returned().ifPresent(ret -> {
            b.add(new Text(label(ret.cancel() ? "return.title.cancel" : "return.title.refund"), Align.CENTER,
                    Style.LARGE));
            b.add(new Text(label("return.invoice"), Align.CENTER, Style.NORMAL));
        });
        if (r.reprint()) {
            b.add(new Text(label("reprint"), Align.CENTER, Style.BOLD));
        }
        b.add(new Text(date.format(r.at()), Align.LEFT, Style.NORMAL));
        b.add(new Pair(label("terminal", r.number().terminalId()), label("number", r.number().digits()),
                Style.NORMAL, 0));
        r.returned().ifPresent(ret -> {
            b.add(new Text(label("return.original", date.format(ret.originalAt())), Align.LEFT, Style.NORMAL));
            b.add(new Text(label("return.originalNumber", ret.originalNumber().digits()), Align.LEFT,
                    Style.NORMAL));
            if (!ret.cancel()) {
                b.add(new Text(label("return.reference", ret.reference()), Align.LEFT, Style.NORMAL));
            }
        });
        if (r.sale().lines().stream().anyMatch(l -> l.category() == TaxCategory.REDUCED)) {
            b.add(new Text(label("mode." + r.sale().serviceMode().name()), Align.LEFT, Style.NORMAL));
        }
    }

    private void lines(ReceiptContent r, List<Block> b) {
        for (SaleLine line : r.sale().lines()) {
            boolean reduced = line.rateIn(r.sale().serviceMode()).isReduced();
            b.add(new Pair(reduced ? line.name() + " ※" : line.name(), Yen.format(line.amount()), Style.NORMAL, 0));
            if (line.quantity() > 1) {
                b.add(new Pair(label("quantity", line.quantity(), Yen.format(line.unitPrice())), "", Style.NORMAL, 2));
            }
        }
    }

    private void totals(ReceiptContent r, List<Block> b) {
        boolean exclusive = r.sale().policy().pricing() == TaxPricing.EXCLUSIVE;
        boolean returned = r.kind() == ReceiptKind.RETURN;
        if (exclusive && !returned) {
            long net = r.totals().rates().stream().mapToLong(RateTotal::net).sum();
            b.add(new Pair(label("subtotal"), Yen.format(net), Style.NORMAL, 0));
        }
        b.add(new Pair(label(returned ? "return.total" : "total"), Yen.format(r.totals().total()), Style.LARGE, 0));
        for (RateTotal rate : r.totals().rates()) {
            // Returns are amounts of money back, tax included; sales show the rate's total as the store priced it.
            boolean showNet = exclusive && !returned;
            b.add(new Pair(label("rate." + rate.rate().name()), Yen.format(showNet ? rate.net() : rate.gross()),
                    Style.NORMAL, 1));
            if (rate.rate() != TaxRate.NONE) {
                b.add(new Pair(label(showNet ? "tax.added" : "tax.included"), Yen.format(rate.tax())
                        + label("tax.close"), Style.NORMAL, 3));
            }
        }
        if (returned) {
            boolean cash = r.tenders().stream().anyMatch(CashTender.class::isInstance);
            b.add(new Pair(label(cash ? "return.tender.cash" : "return.tender"), Yen.format(r.totals().total()),
                    Style.NORMAL, 0));
            return;
        }
        for (Tender t : r.tenders()) {
            if (t instanceof CashTender cash) {
                b.add(new Pair(label("tender.CASH"), Yen.format(cash.received()), Style.NORMAL, 0));
                if (cash.change() > 0) {
                    b.add(new Pair(label("change"), Yen.format(cash.change()), Style.NORMAL, 0));
                }
            } else if (t instanceof PayPayTender paypay) {
                b.add(new Pair(label("tender.PAYPAY"), Yen.format(paypay.amount()), Style.NORMAL, 0));
                if (paypay.paypayPaymentId() != null) {
                    b.add(new Pair(label("paypay.id"), paypay.paypayPaymentId(), Style.NORMAL, 0));
                }
            }
        }
    }

    private void footer(ReceiptContent r, List<Block> b) {
        if (r.totals().hasReducedRate()) {
            b.add(new Text(label("reduced.legend"), Align.LEFT, Style.NORMAL));
        }
        if (r.variant() == ReceiptVariant.RYOSHUSHO) {
            b.add(new Text(label("ryoshusho.purpose", r.purpose().isEmpty() ? "　".repeat(8) : r.purpose()),
                    Align.LEFT, Style.NORMAL));
            b.add(new Text(label("ryoshusho.confirm"), Align.LEFT, Style.NORMAL));
        }
        b.add(new Qr(r.number().toString()));
    }

    private String label(String key, Object... args) {
        String pattern = labels.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }
}
