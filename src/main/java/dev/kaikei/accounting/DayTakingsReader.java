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
import dev.kaikei.sale.TaxRate;
import dev.kaikei.sale.TaxRounding;
import dev.kaikei.sale.TenderKind;
import dev.kaikei.sale.TenderShares;
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
 * A split sale's tenders share its rates as {@link TenderShares} says, so cash plus PayPay always equals the sale's own
 * totals.
 */
public final class DayTakingsReader {

    private final Journal journal;

    public DayTakingsReader(Journal journal) {
        this.journal = journal;
    }

    /**
     * The takings of {@code day}. The day's payments and sales are read once each and looked up in memory (a busy day
     * has a thousand of them; a query per sale made End of day wait); only a refund of an earlier day's sale reads
     * that sale again.
     */
    public DayTakings read(BusinessDay day) {
        Map<String, PaymentRecord> payments = new HashMap<>();
        journal.paymentsOn(day).forEach(p -> payments.put(p.merchantPaymentId(), p));
        List<SaleRecord> daySales = journal.salesOn(day);
        Map<String, SaleRecord> saleOfPayment = new HashMap<>();
        Map<Long, SaleRecord> salesById = new HashMap<>();
        for (SaleRecord s : daySales) {
            salesById.put(s.id(), s);
            s.payPayTender().ifPresent(t -> saleOfPayment.put(t.merchantPaymentId(), s));
        }
        Lookups known = new Lookups(payments, saleOfPayment, salesById);
        Map<DayTakings.Key, DayTakings.Amount> sales = new HashMap<>();
        Map<DayTakings.Key, DayTakings.Amount> refunds = new HashMap<>();
        for (PaymentRecord p : List.copyOf(payments.values())) {
            if (p.saleAmount() > 0) {
                add(sales, TenderKind.PAYPAY, payPayShare(known.saleOf(p), p.saleAmount()));
            }
        }
        for (SaleRecord s : daySales) {
            long cash = cashOf(s);
            if (cash > 0 && s.payPayTender().map(t -> known.payment(t.merchantPaymentId()).state().wasPaid())
                    .orElse(true)) {
                add(sales, TenderKind.CASH, cashShare(s, cash));
            }
        }
        for (OperationRecord o : journal.operationsOn(day)) {
            if (o.state() != OperationState.SUCCEEDED) {
                continue;
            }
            PaymentRecord p = known.payment(o.merchantPaymentId());
            if (o.kind() == OperationKind.REFUND) {
                add(refunds, TenderKind.PAYPAY, payPayShare(known.saleOf(p), o.amount()));
            } else if (o.kind() == OperationKind.CANCEL && p.state() == PaymentState.CANCELED) {
                add(refunds, TenderKind.PAYPAY, payPayShare(known.saleOf(p), p.kind().isPreAuth()
                        ? p.capturedAmount() : p.amount()));
            }
        }
        for (CashRefundRecord r : journal.till().cashRefundsBetween(day.start(), day.end())) {
            add(refunds, TenderKind.CASH, cashShare(known.sale(r.saleId()), r.amount()));
        }
        return new DayTakings(day.date(), sales, refunds);
    }

    /** The day's rows by id, falling back to the journal for an earlier day's (a refund of yesterday's sale). */
    private final class Lookups {
        private final Map<String, PaymentRecord> payments;
        private final Map<String, SaleRecord> saleOfPayment;
        private final Map<Long, SaleRecord> sales;

        Lookups(Map<String, PaymentRecord> payments, Map<String, SaleRecord> saleOfPayment,
                Map<Long, SaleRecord> sales) {
            this.payments = payments;
            this.saleOfPayment = saleOfPayment;
            this.sales = sales;
        }

        PaymentRecord payment(String merchantPaymentId) {
            return payments.computeIfAbsent(merchantPaymentId, id -> journal.findPayment(id).orElseThrow());
        }

        /** The sale a payment belongs to; empty for a bare amount. */
        Optional<SaleRecord> saleOf(PaymentRecord p) {
            String id = p.merchantPaymentId();
            if (!saleOfPayment.containsKey(id)) {
                saleOfPayment.put(id, journal.findSaleForPayment(id).orElse(null));
            }
            return Optional.ofNullable(saleOfPayment.get(id));
        }

        SaleRecord sale(long id) {
            return sales.computeIfAbsent(id, i -> journal.findSale(i).orElseThrow());
        }
    }

    /** {@code yen} of a PayPay payment over the rates of its part of the sale; 10% when it has no sale. */
    private static List<RateTotal> payPayShare(Optional<SaleRecord> sale, long yen) {
        if (yen <= 0) {
            return List.of();
        }
        if (sale.isEmpty()) {
            long tax = yen * 10 / 110; // a bare amount: the keypad's standard rate, tax included, rounded down
            return List.of(new RateTotal(TaxRate.STANDARD_10, yen, yen - tax, tax));
        }
        SaleRecord s = sale.get();
        return TenderShares.part(shares(s).paypay(), yen, rounding(s)).rates();
    }

    private static List<RateTotal> cashShare(SaleRecord s, long yen) {
        return TenderShares.part(shares(s).cash(), yen, rounding(s)).rates();
    }

    private static TenderShares shares(SaleRecord s) {
        return TenderShares.of(s.totals(), cashOf(s), rounding(s));
    }

    private static TaxRounding rounding(SaleRecord s) {
        return s.sale().policy().rounding();
    }

    private static long cashOf(SaleRecord s) {
        return s.tenders().stream().filter(CashTender.class::isInstance).mapToLong(t -> t.amount()).sum();
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
