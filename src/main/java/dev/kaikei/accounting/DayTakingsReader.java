package dev.kaikei.accounting;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.CashRefundRecord;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.journal.SaleRecord;
import dev.kaikei.sale.CashTender;
import dev.kaikei.sale.RateTotal;
import dev.kaikei.sale.RefundAllocation;
import dev.kaikei.sale.SaleTotals;
import dev.kaikei.sale.TaxRate;
import dev.kaikei.sale.TaxRounding;
import dev.kaikei.sale.TenderKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out a day's {@link DayTakings} from the journal:
 * <ul>
 *   <li>PayPay sales: payments created on the day that PayPay took the money of (for a pre-authorization: what was
 *       captured), split over the tax rates of their sale; a bare amount without a sale is a 10% sale.</li>
 *   <li>Cash sales: the cash tender of each sale rung up on the day, unless its PayPay part was never paid (then the
 *       cash went back to the customer at the counter) or is still unknown (left out until PayPay says).</li>
 *   <li>Refunds: PayPay refunds and cancels of paid payments that PayPay confirmed, by the day they were made, and cash
 *       handed back on the day.</li>
 * </ul>
 * A split sale's tenders share its rates in proportion (the cash part as {@link RefundAllocation} shares an amount;
 * PayPay has the rest), so cash plus PayPay always equals the sale's own totals.
 */
public final class DayTakingsReader {

    private final Journal journal;

    public DayTakingsReader(Journal journal) {
        this.journal = journal;
    }

    /** The takings of {@code day}. */
    public DayTakings read(BusinessDay day) {
        Map<DayTakings.Key, DayTakings.Amount> sales = new HashMap<>();
        Map<DayTakings.Key, DayTakings.Amount> refunds = new HashMap<>();
        for (PaymentRecord p : journal.paymentsOn(day)) {
            if (p.saleAmount() > 0) {
                add(sales, TenderKind.PAYPAY, payPayShare(p, p.saleAmount()));
            }
        }
        for (SaleRecord s : journal.salesOn(day)) {
            long cash = cashOf(s);
            if (cash > 0 && payPayPaidOrNone(s)) {
                add(sales, TenderKind.CASH, share(s.totals(), cash, s));
            }
        }
        for (OperationRecord o : journal.operationsOn(day)) {
            if (o.state() != OperationState.SUCCEEDED) {
                continue;
            }
            PaymentRecord p = journal.findPayment(o.merchantPaymentId()).orElseThrow();
            if (o.kind() == OperationKind.REFUND) {
                add(refunds, TenderKind.PAYPAY, payPayShare(p, o.amount()));
            } else if (o.kind() == OperationKind.CANCEL && p.state() == PaymentState.CANCELED) {
                add(refunds, TenderKind.PAYPAY, payPayShare(p, p.kind().isPreAuth() ? p.capturedAmount()
                        : p.amount()));
            }
        }
        for (CashRefundRecord r : journal.till().cashRefundsBetween(day.start(), day.end())) {
            SaleRecord s = journal.findSale(r.saleId()).orElseThrow();
            add(refunds, TenderKind.CASH, share(cashPart(s), r.amount(), s));
        }
        return new DayTakings(day.date(), sales, refunds);
    }

    private boolean payPayPaidOrNone(SaleRecord s) {
        return s.payPayTender().map(t -> journal.findPayment(t.merchantPaymentId()).map(PaymentRecord::state)
                .map(PaymentState::wasPaid).orElse(false)).orElse(true);
    }

    /** {@code yen} of a PayPay payment over the rates of its part of the sale; 10% when it has no sale. */
    private List<RateTotal> payPayShare(PaymentRecord p, long yen) {
        if (yen <= 0) {
            return List.of();
        }
        Optional<SaleRecord> sale = journal.findSaleForPayment(p.merchantPaymentId());
        if (sale.isEmpty()) {
            long tax = yen * 10 / 110; // a bare amount: the keypad's standard rate, tax included, rounded down
            return List.of(new RateTotal(TaxRate.STANDARD_10, yen, yen - tax, tax));
        }
        SaleRecord s = sale.get();
        SaleTotals payPayPart = minus(s.totals(), cashOf(s) > 0 ? share(s.totals(), cashOf(s), s) : List.of());
        return share(payPayPart, Math.min(yen, payPayPart.total()), s);
    }

    private static List<RateTotal> cashPart(SaleRecord s) {
        return share(s.totals(), cashOf(s), s);
    }

    private static long cashOf(SaleRecord s) {
        return s.tenders().stream().filter(CashTender.class::isInstance).mapToLong(t -> t.amount()).sum();
    }

    private static List<RateTotal> share(List<RateTotal> of, long yen, SaleRecord s) {
        return share(new SaleTotals(of, of.stream().mapToLong(RateTotal::gross).sum()), yen, s);
    }

    private static List<RateTotal> share(SaleTotals of, long yen, SaleRecord s) {
        TaxRounding rounding = s.sale().policy().rounding();
        return RefundAllocation.allocate(of, yen, rounding).rates();
    }

    /** {@code whole} less {@code part}, rate by rate (tax too, so the parts add up to the sale's own figures). */
    private static SaleTotals minus(SaleTotals whole, List<RateTotal> part) {
        List<RateTotal> rest = new ArrayList<>();
        long total = 0;
        for (RateTotal r : whole.rates()) {
            RateTotal p = part.stream().filter(x -> x.rate() == r.rate()).findFirst()
                    .orElse(new RateTotal(r.rate(), 0, 0, 0));
            if (r.gross() - p.gross() > 0) {
                rest.add(new RateTotal(r.rate(), r.gross() - p.gross(), r.net() - p.net(), r.tax() - p.tax()));
                total += r.gross() - p.gross();
            }
        }
        return new SaleTotals(rest, total);
    }

    private static void add(Map<DayTakings.Key, DayTakings.Amount> into, TenderKind tender, List<RateTotal> rates) {
        for (RateTotal r : rates) {
            if (r.gross() > 0) {
                into.merge(new DayTakings.Key(tender, r.rate()), DayTakings.Amount.ZERO.plus(r.gross(), r.tax()),
                        (a, b) -> new DayTakings.Amount(a.gross() + b.gross(), a.tax() + b.tax(),
                                a.count() + b.count()));
            }
        }
    }
}
