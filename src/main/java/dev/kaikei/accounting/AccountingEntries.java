package dev.kaikei.accounting;

import dev.kaikei.sale.TaxRate;
import dev.kaikei.sale.TenderKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A day's takings as journal entries (仕訳), 税込経理: one compound entry of the day's sales (cash and PayPay debited,
 * 売上高 credited per tax rate) and one of its refunds (売上高 debited per rate, cash and PayPay credited). PayPay's money
 * is a receivable (売掛金, sub-account PayPay) until PayPay pays it out; its fees are booked when that payout arrives,
 * not here.
 */
public final class AccountingEntries {

    static final String CASH = "現金";
    static final String RECEIVABLE = "売掛金";
    static final String PAYPAY = "PayPay";
    static final String SALES = "売上高";

    private AccountingEntries() {
    }

    /** The entries of the days in order, numbered 1, 2, … through the file; days without money give none. */
    public static List<EntryLine> of(List<DayTakings> days, EntryFormat format) {
        List<EntryLine> lines = new ArrayList<>();
        int voucher = 0;
        for (DayTakings d : days) {
            List<EntryLine> sold = side(d, format, false, voucher + 1);
            voucher += sold.isEmpty() ? 0 : 1;
            lines.addAll(sold);
            List<EntryLine> back = side(d, format, true, voucher + 1);
            voucher += back.isEmpty() ? 0 : 1;
            lines.addAll(back);
        }
        return lines;
    }

    private static List<EntryLine> side(DayTakings d, EntryFormat f, boolean refunds, int voucher) {
        List<EntryLine> lines = new ArrayList<>();
        for (TenderKind tender : List.of(TenderKind.CASH, TenderKind.PAYPAY)) {
            String account = tender == TenderKind.CASH ? CASH : RECEIVABLE;
            String sub = tender == TenderKind.CASH ? "" : PAYPAY;
            for (TaxRate rate : TaxRate.values()) {
                DayTakings.Amount a = refunds ? d.refunded(tender, rate) : d.sold(tender, rate);
                if (a.gross() == 0) {
                    continue;
                }
                String memo = "Kaikei " + (tender == TenderKind.CASH ? "現金" : "PayPay")
                        + (refunds ? "返金 " : "売上 ") + rate.percent() + "% " + d.day() + " (" + a.count() + "件)";
                lines.add(refunds
                        ? new EntryLine(d.day(), voucher, SALES, "", f.salesTax(rate), account, sub,
                                EntryFormat.OUT_OF_SCOPE, a.gross(), a.tax(), true, memo)
                        : new EntryLine(d.day(), voucher, account, sub, EntryFormat.OUT_OF_SCOPE, SALES, "",
                                f.salesTax(rate), a.gross(), a.tax(), false, memo));
            }
        }
        return lines;
    }
}
