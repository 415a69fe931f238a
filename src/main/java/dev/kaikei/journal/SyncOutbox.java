package dev.kaikei.journal;

import dev.kaikei.sale.PayPayTender;
import dev.kaikei.sale.Tender;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The journal's outbox for HQ sync. Triggers (schema V2, V9) fill it on every change of a payment, operation, sale
 * (with its lines, tenders and receipt) or till session (with its Z report); the pusher reads {@link #pending}
 * batches and {@link #acknowledge}s what HQ confirmed. Reads never block the money path.
 */
public final class SyncOutbox {

    /** What an outbox entry points at (the entity column, schema V2 and V9). */
    private enum Entity {
        PAYMENT, OPERATION, SALE, TILL_SESSION
    }

    private final Database db;

    SyncOutbox(Database db) {
        this.db = db;
    }

    /** Up to {@code limit} waiting changes, oldest first, each with its row as committed now. */
    public List<OutboxEntry> pending(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return db.read("read the sync outbox of", c -> pending(c, limit));
    }

    private static List<OutboxEntry> pending(Connection c, int limit) throws SQLException {
        List<Waiting> waiting = Sql.list(c, "SELECT seq, entity, row_id FROM sync_outbox ORDER BY seq LIMIT ?",
                rs -> new Waiting(rs.getLong(1), Sql.enumOf(rs, "entity", Entity.class), rs.getLong(3)), limit);
        Map<Long, PaymentRecord> payments = new HashMap<>();
        List<Long> paymentIds = ids(waiting, Entity.PAYMENT);
        if (!paymentIds.isEmpty()) {
            PaymentTable.where(c, "WHERE p.id IN (" + Sql.placeholders(paymentIds.size()) + ")",
                    paymentIds.toArray()).forEach(p -> payments.put(p.id(), p));
        }
        Map<Long, OperationRecord> operations = new HashMap<>();
        List<Long> operationIds = ids(waiting, Entity.OPERATION);
        if (!operationIds.isEmpty()) {
            OperationTable.where(c, "WHERE o.id IN (" + Sql.placeholders(operationIds.size()) + ")",
                    operationIds.toArray()).forEach(o -> operations.put(o.id(), o));
        }
        List<OutboxEntry> entries = new ArrayList<>(waiting.size());
        for (Waiting w : waiting) {
            // Rows are never deleted from these tables, so every entry has its row.
            entries.add(switch (w.entity()) {
                case PAYMENT -> new OutboxEntry.Payment(w.seq(), payments.get(w.rowId()));
                case OPERATION -> new OutboxEntry.Operation(w.seq(), operations.get(w.rowId()));
                case SALE -> sale(c, w);
                case TILL_SESSION -> tillSession(c, w);
            });
        }
        return entries;
    }

    private record Waiting(long seq, Entity entity, long rowId) {
    }

    private static List<Long> ids(List<Waiting> waiting, Entity entity) {
        return waiting.stream().filter(w -> w.entity() == entity).map(Waiting::rowId).toList();
    }

    /** A sale with what decides whether it counts (its PayPay payments) and its receipt number. */
    private static OutboxEntry.Sale sale(Connection c, Waiting w) throws SQLException {
        SaleRecord sale = SaleTable.byId(c, w.rowId()).orElseThrow();
        List<PaymentRecord> payments = new ArrayList<>();
        for (Tender t : sale.tenders()) {
            if (t instanceof PayPayTender p) {
                PaymentTable.byMerchantId(c, p.merchantPaymentId()).ifPresent(payments::add);
            }
        }
        Long receipt = Sql.one(c, "SELECT number FROM receipts WHERE sale_id = ? AND kind = 'SALE'",
                rs -> rs.getLong(1), w.rowId()).orElse(null);
        return new OutboxEntry.Sale(w.seq(), sale, payments, receipt);
    }

    private static OutboxEntry.TillSession tillSession(Connection c, Waiting w) throws SQLException {
        TillSessionRecord session = TillTable.session(c, w.rowId()).orElseThrow();
        OutboxEntry.Close close = Sql.one(c, "SELECT number, counted_cash, expected_cash FROM z_reports "
                        + "WHERE session_id = ?", rs -> new OutboxEntry.Close(rs.getInt(1), rs.getLong(2),
                        rs.getLong(3)), w.rowId()).orElse(null);
        return new OutboxEntry.TillSession(w.seq(), session, close);
    }

    /** Records that HQ holds every change up to {@code seq}: they leave the outbox. */
    public void acknowledge(long seq, Instant at) {
        db.write("acknowledge sync in", c -> {
            Sql.update(c, "DELETE FROM sync_outbox WHERE seq <= ?", seq);
            Sql.update(c, "UPDATE sync_state SET acked_seq = max(acked_seq, ?), last_synced_at = ? WHERE id = 1",
                    seq, at);
            return null;
        });
    }

    /**
     * After this journal was restored from a backup, HQ may already hold sequence numbers the backup has not given
     * yet. Moves this journal's numbering past {@code hqSeq} and queues every row again, so HQ takes the restored
     * rows as the newest versions.
     */
    public void renumberAfter(long hqSeq) {
        db.write("renumber the sync outbox of", c -> {
            Sql.update(c, "DELETE FROM sync_outbox");
            // sqlite_sequence has no key: update the counter, or create it if no entry was ever numbered.
            if (Sql.update(c, "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'sync_outbox'", hqSeq) == 0) {
                Sql.update(c, "INSERT INTO sqlite_sequence (name, seq) VALUES ('sync_outbox', ?)", hqSeq);
            }
            Sql.update(c, "INSERT INTO sync_outbox (entity, row_id) SELECT 'PAYMENT', id FROM payments ORDER BY id");
            Sql.update(c, "INSERT INTO sync_outbox (entity, row_id) "
                    + "SELECT 'OPERATION', id FROM operations ORDER BY id");
            Sql.update(c, "INSERT INTO sync_outbox (entity, row_id) SELECT 'SALE', id FROM sales ORDER BY id");
            Sql.update(c, "INSERT INTO sync_outbox (entity, row_id) "
                    + "SELECT 'TILL_SESSION', id FROM till_sessions ORDER BY id");
            Sql.update(c, "UPDATE sync_state SET acked_seq = ? WHERE id = 1", hqSeq);
            return null;
        });
    }

    public OutboxStatus status() {
        return db.read("read the sync state of", c -> Sql.one(c, "SELECT "
                        + "(SELECT count(*) FROM sync_outbox), s.acked_seq, "
                        + "coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'sync_outbox'), 0), "
                        + "s.last_synced_at FROM sync_state s WHERE s.id = 1",
                rs -> new OutboxStatus(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        Optional.ofNullable(Sql.instant(rs, "last_synced_at"))))
                .orElseThrow());
    }
}
