package dev.kaikei.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The read-side queries of the UI and the reconciler: day lists, history search, needs-attention, end-of-day totals. */
final class Reports {

    // IN lists follow enum declaration order: the partial indexes payments_open / operations_open in V1__init.sql
    // list the same values in the same order, and SQLite only uses a partial index whose WHERE matches exactly.
    private static final String NON_FINAL_PAYMENTS = inList(PaymentState.nonFinal());
    private static final String PAID_STATES = inList(Arrays.stream(PaymentState.values())
            .filter(PaymentState::wasPaid).collect(Collectors.toSet()));
    private static final String OPEN_OPERATIONS = inList(Arrays.stream(OperationState.values())
            .filter(s -> !s.isFinal()).collect(Collectors.toSet()));
    /** Mirrors {@link PaymentRecord#saleAmount()} for the rows already known to be paid. */
    private static final String SALE_AMOUNT =
            "CASE WHEN kind IN ('QR_PREAUTH', 'NATIVE_PREAUTH') THEN captured_amount ELSE amount END";

    private Reports() {
    }

    static List<PaymentRecord> nonFinalPayments(Connection c) throws SQLException {
        return PaymentTable.where(c, "WHERE p.state IN (" + NON_FINAL_PAYMENTS + ") ORDER BY p.created_at, p.id");
    }

    static List<OperationRecord> nonFinalOperations(Connection c) throws SQLException {
        return OperationTable.where(c, "WHERE o.state IN (" + OPEN_OPERATIONS + ") ORDER BY o.created_at, o.id");
    }

    static List<PaymentRecord> search(Connection c, PaymentSearch s) throws SQLException {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (s.from() != null) {
            where.append(" AND p.created_at >= ?");
            params.add(s.from());
        }
        if (s.to() != null) {
            where.append(" AND p.created_at < ?");
            params.add(s.to());
        }
        if (s.amount() != null) {
            where.append(" AND p.amount = ?");
            params.add(s.amount());
        }
        if (!s.states().isEmpty()) {
            where.append(" AND p.state IN (").append(Sql.placeholders(s.states().size())).append(')');
            s.states().stream().sorted().forEach(params::add);
        }
        if (s.idContains() != null) {
            where.append(" AND (instr(p.merchant_payment_id, ?) > 0 OR instr(p.paypay_payment_id, ?) > 0)");
            params.add(s.idContains());
            params.add(s.idContains());
        }
        where.append(" ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?");
        params.add(s.limit());
        params.add(s.offset());
        return PaymentTable.where(c, where.toString(), params.toArray());
    }

    static NeedsAttention needsAttention(Connection c, Instant now, JournalOptions options) throws SQLException {
        Instant stuckBefore = now.minus(options.stuckAfter());
        Instant acceptedBefore = now.minus(options.acceptedStuckAfter());
        Map<Long, PaymentRecord> payments = new LinkedHashMap<>();
        PaymentTable.where(c, "WHERE p.state IN (" + NON_FINAL_PAYMENTS + ") AND (p.state = 'UNKNOWN' "
                        + "OR (p.state = 'CREATING' AND p.created_at < ?) "
                        + "OR (p.state = 'AWAITING_PAYMENT' AND coalesce(p.expires_at, p.created_at) < ?))",
                stuckBefore, stuckBefore).forEach(p -> payments.put(p.id(), p));
        PaymentTable.where(c, "WHERE p.attention IS NOT NULL").forEach(p -> payments.put(p.id(), p));
        List<PaymentRecord> sorted = new ArrayList<>(payments.values());
        sorted.sort(Comparator.comparing(PaymentRecord::createdAt).thenComparing(PaymentRecord::id));
        List<OperationRecord> operations = OperationTable.where(c, "WHERE o.state IN (" + OPEN_OPERATIONS + ") AND ("
                        + "o.state = 'UNKNOWN' OR (o.state = 'PENDING' AND o.created_at < ?) "
                        + "OR (o.state = 'ACCEPTED' AND o.created_at < ?)) ORDER BY o.created_at, o.id",
                stuckBefore, acceptedBefore);
        return new NeedsAttention(sorted, operations);
    }

    /**
     * How long before PayPay accepts a payment its row can have been created (a code lives 5 minutes; an hour is
     * ample): sales are dated by acceptance, and this bounds the scan by the created_at index.
     */
    static final Duration ACCEPTANCE_LAG = Duration.ofHours(1);

    static DayReport dayReport(Connection c, BusinessDay day) throws SQLException {
        Instant start = day.start();
        Instant end = day.end();
        return Sql.one(c, "WITH sales AS (SELECT state, " + SALE_AMOUNT + " AS sale FROM payments "
                        + "    WHERE created_at >= ?3 AND created_at < ?2 AND coalesce(accepted_at, created_at) >= ?1 "
                        + "    AND coalesce(accepted_at, created_at) < ?2 AND state IN (" + PAID_STATES + ")), "
                        + "refunds AS (SELECT amount FROM operations "
                        + "    WHERE kind = 'REFUND' AND state = 'SUCCEEDED' AND created_at >= ?1 AND created_at < ?2) "
                        + "SELECT "
                        + "  (SELECT count(*) FROM sales WHERE sale > 0), "
                        + "  (SELECT coalesce(sum(sale), 0) FROM sales), "
                        + "  (SELECT count(*) FROM sales WHERE state = 'CANCELED' AND sale > 0), "
                        + "  (SELECT coalesce(sum(sale), 0) FROM sales WHERE state = 'CANCELED'), "
                        + "  (SELECT count(*) FROM refunds), "
                        + "  (SELECT coalesce(sum(amount), 0) FROM refunds), "
                        + "  (SELECT count(*) FROM payments WHERE state IN (" + NON_FINAL_PAYMENTS + ") "
                        + "      AND created_at >= ?1 AND created_at < ?2) "
                        + "+ (SELECT count(*) FROM operations WHERE state IN (" + OPEN_OPERATIONS + ") "
                        + "      AND created_at >= ?1 AND created_at < ?2)",
                rs -> {
                    long gross = rs.getLong(2);
                    long cancels = rs.getLong(4);
                    long refunds = rs.getLong(6);
                    return new DayReport(day, rs.getInt(1), gross, rs.getInt(3), cancels, rs.getInt(5), refunds,
                            gross - cancels - refunds, rs.getInt(7));
                }, start, end, start.minus(ACCEPTANCE_LAG)).orElseThrow();
    }

    private static String inList(Set<? extends Enum<?>> values) {
        return values.stream().sorted().map(v -> "'" + v.name() + "'").collect(Collectors.joining(", "));
    }
}
