package dev.kaikei.hq.ingest;

import dev.kaikei.hq.http.HttpError;
import dev.kaikei.sync.wire.SyncBatch;
import dev.kaikei.sync.wire.SyncChange;
import dev.kaikei.sync.wire.SyncedOperation;
import dev.kaikei.sync.wire.SyncedPayment;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Checks every field of a pushed batch before anything is stored: a batch with one bad change is refused whole (400)
 * and the till keeps it, so nothing is half-stored and nothing is lost.
 */
final class BatchCheck {

    private static final Pattern MERCHANT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern OPERATION_KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,200}");
    private static final long MAX_YEN = 99_999_999_999L;
    /** Kaikei did not exist before this; a time before it is a broken clock or a broken client. */
    private static final Instant EARLIEST = Instant.parse("2020-01-01T00:00:00Z");
    private static final Duration FUTURE_SLACK = Duration.ofDays(1);

    private BatchCheck() {
    }

    static void check(SyncBatch batch, Instant now) {
        if (batch == null || batch.changes() == null) {
            throw HttpError.badRequest("the batch needs a \"changes\" list");
        }
        if (batch.changes().size() > SyncBatch.MAX_CHANGES) {
            throw HttpError.badRequest("at most " + SyncBatch.MAX_CHANGES + " changes per batch");
        }
        long previous = 0;
        for (int i = 0; i < batch.changes().size(); i++) {
            SyncChange change = batch.changes().get(i);
            String where = "changes[" + i + "]";
            if (change == null) {
                throw HttpError.badRequest(where + " is null");
            }
            if (change.seq() <= previous) {
                throw HttpError.badRequest(where + ".seq must be positive and ascending");
            }
            previous = change.seq();
            if ((change.payment() == null) == (change.operation() == null)) {
                throw HttpError.badRequest(where + " needs exactly one of \"payment\" and \"operation\"");
            }
            if (change.payment() != null) {
                payment(where + ".payment", change.payment(), now);
            } else {
                operation(where + ".operation", change.operation(), now);
            }
        }
    }

    private static void payment(String where, SyncedPayment p, Instant now) {
        matches(where + ".merchantPaymentId", p.merchantPaymentId(), MERCHANT_ID);
        present(where + ".kind", p.kind());
        present(where + ".state", p.state());
        yen(where + ".amount", p.amount());
        yen(where + ".saleYen", p.saleYen());
        if (p.saleYen() > p.amount()) {
            throw HttpError.badRequest(where + ".saleYen is more than its amount");
        }
        text(where + ".description", p.description(), 255);
        text(where + ".attention", p.attention(), 255);
        if (p.paypayPaymentId() != null) {
            matches(where + ".paypayPaymentId", p.paypayPaymentId(), MERCHANT_ID);
        }
        time(where + ".createdAt", p.createdAt(), now);
        time(where + ".updatedAt", p.updatedAt(), now);
    }

    private static void operation(String where, SyncedOperation o, Instant now) {
        matches(where + ".key", o.key(), OPERATION_KEY);
        matches(where + ".merchantPaymentId", o.merchantPaymentId(), MERCHANT_ID);
        present(where + ".kind", o.kind());
        present(where + ".state", o.state());
        yen(where + ".amount", o.amount());
        yen(where + ".refundYen", o.refundYen());
        if (o.refundYen() > o.amount()) {
            throw HttpError.badRequest(where + ".refundYen is more than its amount");
        }
        time(where + ".createdAt", o.createdAt(), now);
        time(where + ".updatedAt", o.updatedAt(), now);
    }

    private static void matches(String field, String value, Pattern pattern) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw HttpError.badRequest(field + " is missing or malformed");
        }
    }

    private static void present(String field, Object value) {
        if (value == null) {
            throw HttpError.badRequest(field + " is missing");
        }
    }

    private static void yen(String field, long value) {
        if (value < 0 || value > MAX_YEN) {
            throw HttpError.badRequest(field + " must be 0.." + MAX_YEN + " yen");
        }
    }

    private static void text(String field, String value, int max) {
        if (value != null && (value.length() > max || value.chars().anyMatch(ch -> ch < 0x20 && ch != '\t'))) {
            throw HttpError.badRequest(field + " must be at most " + max + " characters without control characters");
        }
    }

    private static void time(String field, long epochMillis, Instant now) {
        Instant t = Instant.ofEpochMilli(epochMillis);
        if (t.isBefore(EARLIEST) || t.isAfter(now.plus(FUTURE_SLACK))) {
            throw HttpError.badRequest(field + " is not a plausible time (epoch milliseconds)");
        }
    }
}
