package dev.kaikei.hq.ingest;

import dev.kaikei.hq.terminals.Terminal;
import dev.kaikei.sync.wire.SyncAck;
import dev.kaikei.sync.wire.SyncBatch;
import dev.kaikei.sync.wire.SyncChange;
import dev.kaikei.sync.wire.SyncedOperation;
import dev.kaikei.sync.wire.SyncedPayment;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.sql.DataSource;

/**
 * Stores a till's batch in one transaction. Each row keeps the version with the highest sequence number, so the same
 * batch twice, an old batch after a newer one, or a batch cut off mid-way and pushed again all end in the same rows.
 */
public final class SyncIngest {

    /** The business day is the Asia/Tokyo date, as on the tills. */
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Tokyo");

    private static final String UPSERT_PAYMENT = "INSERT INTO payments (terminal_ref, merchant_payment_id, seq, "
            + "business_day, created_at, updated_at, kind, amount, description, paypay_payment_id, state, attention, "
            + "sale_yen, canceled, open) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (terminal_ref, merchant_payment_id) DO UPDATE SET seq = excluded.seq, "
            + "business_day = excluded.business_day, created_at = excluded.created_at, "
            + "updated_at = excluded.updated_at, kind = excluded.kind, amount = excluded.amount, "
            + "description = excluded.description, paypay_payment_id = excluded.paypay_payment_id, "
            + "state = excluded.state, attention = excluded.attention, sale_yen = excluded.sale_yen, "
            + "canceled = excluded.canceled, open = excluded.open WHERE payments.seq < excluded.seq";
    private static final String UPSERT_OPERATION = "INSERT INTO operations (terminal_ref, operation_key, "
            + "merchant_payment_id, seq, business_day, created_at, updated_at, kind, amount, state, refund_yen, open) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (terminal_ref, operation_key) DO UPDATE SET seq = excluded.seq, "
            + "merchant_payment_id = excluded.merchant_payment_id, business_day = excluded.business_day, "
            + "created_at = excluded.created_at, updated_at = excluded.updated_at, kind = excluded.kind, "
            + "amount = excluded.amount, state = excluded.state, refund_yen = excluded.refund_yen, "
            + "open = excluded.open WHERE operations.seq < excluded.seq";

    private final DataSource db;
    private final Clock clock;

    public SyncIngest(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Checks and stores a batch; an empty batch only records that the till is alive.
     *
     * @throws dev.kaikei.hq.http.HttpError 400 if any change is malformed (then nothing is stored)
     */
    public SyncAck apply(Terminal terminal, SyncBatch batch) throws SQLException {
        BatchCheck.check(batch, clock.instant());
        long ackedSeq = 0;
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                // Serializes pushes of one till (the app and a command line command may push at once).
                try (PreparedStatement lock = c.prepareStatement(
                        "SELECT last_seq FROM terminals WHERE id = ? FOR UPDATE")) {
                    lock.setLong(1, terminal.ref());
                    lock.executeQuery().close();
                }
                SaleIngest sales = new SaleIngest(c);
                try (PreparedStatement payments = c.prepareStatement(UPSERT_PAYMENT);
                     PreparedStatement operations = c.prepareStatement(UPSERT_OPERATION)) {
                    for (SyncChange change : batch.changes()) {
                        if (change.payment() != null) {
                            bind(payments, terminal.ref(), change.seq(), change.payment());
                            payments.addBatch();
                        } else if (change.operation() != null) {
                            bind(operations, terminal.ref(), change.seq(), change.operation());
                            operations.addBatch();
                        } else if (change.sale() != null) {
                            sales.add(terminal.ref(), change.seq(), change.sale());
                        } else {
                            sales.add(terminal.ref(), change.seq(), change.tillSession());
                        }
                        ackedSeq = change.seq();
                    }
                    payments.executeBatch();
                    operations.executeBatch();
                    sales.flush();
                } finally {
                    sales.close();
                }
                long lastSeq;
                try (PreparedStatement mark = c.prepareStatement("UPDATE terminals SET "
                        + "last_seq = greatest(last_seq, ?), last_sync_at = ? WHERE id = ? RETURNING last_seq")) {
                    mark.setLong(1, ackedSeq);
                    mark.setTimestamp(2, Timestamp.from(clock.instant()));
                    mark.setLong(3, terminal.ref());
                    try (var rs = mark.executeQuery()) {
                        rs.next();
                        lastSeq = rs.getLong(1);
                    }
                }
                c.commit();
                return new SyncAck(ackedSeq, lastSeq);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void bind(PreparedStatement ps, long terminalRef, long seq, SyncedPayment p) throws SQLException {
        ps.setLong(1, terminalRef);
        ps.setString(2, p.merchantPaymentId());
        ps.setLong(3, seq);
        ps.setObject(4, businessDay(p.createdAt()));
        ps.setTimestamp(5, new Timestamp(p.createdAt()));
        ps.setTimestamp(6, new Timestamp(p.updatedAt()));
        ps.setString(7, p.kind().name());
        ps.setLong(8, p.amount());
        ps.setString(9, p.description());
        ps.setString(10, p.paypayPaymentId());
        ps.setString(11, p.state().name());
        ps.setString(12, p.attention());
        ps.setLong(13, p.saleYen());
        ps.setBoolean(14, p.canceled());
        ps.setBoolean(15, p.open());
    }

    private static void bind(PreparedStatement ps, long terminalRef, long seq, SyncedOperation o)
            throws SQLException {
        ps.setLong(1, terminalRef);
        ps.setString(2, o.key());
        ps.setString(3, o.merchantPaymentId());
        ps.setLong(4, seq);
        ps.setObject(5, businessDay(o.createdAt()));
        ps.setTimestamp(6, new Timestamp(o.createdAt()));
        ps.setTimestamp(7, new Timestamp(o.updatedAt()));
        ps.setString(8, o.kind().name());
        ps.setLong(9, o.amount());
        ps.setString(10, o.state().name());
        ps.setLong(11, o.refundYen());
        ps.setBoolean(12, o.open());
    }

    static LocalDate businessDay(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), BUSINESS_ZONE);
    }
}
