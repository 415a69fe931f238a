package dev.kaikei.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** SQL of cash refunds: what of a sale's cash can still go back, and the refunds themselves. */
final class CashTable {

    private CashTable() {
    }

    /** A sale's cash and what of it may still be refunded. */
    record Refundable(long cash, long yen) {
    }

    /**
     * @throws IllegalArgumentException if there is no such sale
     * @throws TillStateException       if it took no cash, or its PayPay part was never paid
     */
    static Refundable refundable(Connection c, long saleId) throws SQLException {
        SaleRecord sale = SaleTable.byId(c, saleId).orElseThrow(() -> new IllegalArgumentException("no sale "
                + saleId + " in the journal"));
        long cash = sale.tenders().stream().filter(t -> t instanceof dev.kaikei.sale.CashTender)
                .mapToLong(dev.kaikei.sale.Tender::amount).sum();
        if (cash == 0) {
            throw new TillStateException("sale " + saleId + " was paid with PayPay only: refund it through PayPay,"
                    + " never in cash");
        }
        if (sale.payPayTender().isPresent()) {
            PaymentState state = PaymentTable.byMerchantId(c, sale.payPayTender().get().merchantPaymentId())
                    .orElseThrow().state();
            if (!state.wasPaid()) {
                throw new TillStateException("the PayPay part of sale " + saleId + " is " + state + ": "
                        + (state.isFinal() ? "the sale never completed and its cash went back to the customer then"
                        : "wait until PayPay confirms it (its cash is held apart until then)"));
            }
        }
        long refunded = Sql.count(c, "SELECT coalesce(sum(amount), 0) FROM cash_refunds WHERE sale_id = ?", saleId);
        return new Refundable(cash, cash - refunded);
    }

    static CashRefundRecord insertRefund(Connection c, long saleId, long movementId, long amount, String reason,
                                         String terminalId, long receiptNumber, Instant now) throws SQLException {
        long id = Sql.insert(c, "INSERT INTO cash_refunds (sale_id, movement_id, amount, reason, receipt_terminal, "
                + "receipt_number, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", saleId, movementId, amount, reason,
                terminalId, receiptNumber, now);
        return refunds(c, "WHERE id = ?", id).get(0);
    }

    static List<CashRefundRecord> refunds(Connection c, String condition, Object... params) throws SQLException {
        return Sql.list(c, "SELECT * FROM cash_refunds " + condition, rs -> new CashRefundRecord(rs.getLong("id"),
                rs.getLong("sale_id"), rs.getLong("movement_id"), rs.getLong("amount"), rs.getString("reason"),
                rs.getString("receipt_terminal"), rs.getLong("receipt_number"), Sql.instant(rs, "created_at")),
                params);
    }
}
