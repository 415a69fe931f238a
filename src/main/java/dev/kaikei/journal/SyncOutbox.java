package dev.kaikei.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The journal's outbox for HQ sync. Triggers (schema V2) fill it on every change of a payment or operation; the
 * pusher reads {@link #pending} batches and {@link #acknowledge}s what HQ confirmed. Reads never block the money path.
 */
public final class SyncOutbox {

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
        record Waiting(long seq, String entity, long rowId) {
        }
        List<Waiting> waiting = Sql.list(c, "SELECT seq, entity, row_id FROM sync_outbox ORDER BY seq LIMIT ?",
                rs -> new Waiting(rs.getLong(1), rs.getString(2), rs.getLong(3)), limit);
        List<Long> paymentIds = new ArrayList<>();
        List<Long> operationIds = new ArrayList<>();
        waiting.forEach(w -> ("PAYMENT".equals(w.entity()) ? paymentIds : operationIds).add(w.rowId()));
        Map<Long, PaymentRecord> payments = new HashMap<>();
        if (!paymentIds.isEmpty()) {
            PaymentTable.where(c, "WHERE p.id IN (" + Sql.placeholders(paymentIds.size()) + ")",
                    paymentIds.toArray()).forEach(p -> payments.put(p.id(), p));
        }
        Map<Long, OperationRecord> operations = new HashMap<>();
        if (!operationIds.isEmpty()) {
            OperationTable.where(c, "WHERE o.id IN (" + Sql.placeholders(operationIds.size()) + ")",
                    operationIds.toArray()).forEach(o -> operations.put(o.id(), o));
        }
        List<OutboxEntry> entries = new ArrayList<>(waiting.size());
        for (Waiting w : waiting) {
            // Rows are never deleted from these tables, so every entry has its row.
            if ("PAYMENT".equals(w.entity())) {
                entries.add(new OutboxEntry.Payment(w.seq(), payments.get(w.rowId())));
            } else {
                entries.add(new OutboxEntry.Operation(w.seq(), operations.get(w.rowId())));
            }
        }
        return entries;
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
