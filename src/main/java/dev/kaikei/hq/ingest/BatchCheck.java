package dev.kaikei.hq.ingest;

import dev.kaikei.hq.http.HttpError;
import dev.kaikei.sync.wire.SyncBatch;
import dev.kaikei.sync.wire.SyncChange;
import dev.kaikei.sync.wire.SyncedOperation;
import dev.kaikei.sync.wire.SyncedPayment;
import dev.kaikei.sync.wire.SyncedSale;
import dev.kaikei.sync.wire.SyncedTillSession;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks every field of a pushed batch before anything is stored: a batch with one bad change is refused whole (400)
 * and the till keeps it, so nothing is half-stored and nothing is lost.
 */
final class BatchCheck {

    private static final Pattern MERCHANT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern OPERATION_KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,200}");
    private static final long MAX_YEN = 99_999_999_999L;
    private static final int MAX_QUANTITY = 9_999;
    /** Lines, rates or tenders of one sale. */
    private static final int MAX_PARTS = 500;
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
            if (change.parts() != 1) {
                throw HttpError.badRequest(where + " needs exactly one of \"payment\", \"operation\", \"sale\" "
                        + "and \"tillSession\"");
            }
            if (change.payment() != null) {
                payment(where + ".payment", change.payment(), now);
            } else if (change.operation() != null) {
                operation(where + ".operation", change.operation(), now);
            } else if (change.sale() != null) {
                sale(where + ".sale", change.sale(), now);
            } else {
                tillSession(where + ".tillSession", change.tillSession(), now);
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

    private static void sale(String where, SyncedSale s, Instant now) {
        if (s.saleId() < 1) {
            throw HttpError.badRequest(where + ".saleId must be positive");
        }
        time(where + ".createdAt", s.createdAt(), now);
        present(where + ".serviceMode", s.serviceMode());
        present(where + ".outcome", s.outcome());
        yen(where + ".total", s.total());
        yen(where + ".tax", s.tax());
        if (s.tax() > s.total()) {
            throw HttpError.badRequest(where + ".tax is more than its total");
        }
        if (s.receiptNumber() != null && s.receiptNumber() < 1) {
            throw HttpError.badRequest(where + ".receiptNumber must be positive");
        }
        parts(where + ".lines", s.lines());
        for (int i = 0; i < s.lines().size(); i++) {
            SyncedSale.Line l = s.lines().get(i);
            String at = where + ".lines[" + i + "]";
            present(at, l);
            text(at + ".code", l.code(), 64);
            present(at + ".name", l.name());
            text(at + ".name", l.name(), 64);
            yen(at + ".unitPrice", l.unitPrice());
            if (l.quantity() < 1 || l.quantity() > MAX_QUANTITY) {
                throw HttpError.badRequest(at + ".quantity must be 1.." + MAX_QUANTITY);
            }
            present(at + ".category", l.category());
            rate(at + ".taxRate", l.taxRate());
            yen(at + ".amount", l.amount());
        }
        parts(where + ".rates", s.rates());
        for (int i = 0; i < s.rates().size(); i++) {
            SyncedSale.Rate r = s.rates().get(i);
            String at = where + ".rates[" + i + "]";
            present(at, r);
            rate(at + ".taxRate", r.taxRate());
            yen(at + ".gross", r.gross());
            yen(at + ".net", r.net());
            yen(at + ".tax", r.tax());
            if (r.net() + r.tax() != r.gross()) {
                throw HttpError.badRequest(at + ": net + tax must equal gross");
            }
        }
        parts(where + ".tenders", s.tenders());
        long paid = 0;
        for (int i = 0; i < s.tenders().size(); i++) {
            SyncedSale.Tender t = s.tenders().get(i);
            String at = where + ".tenders[" + i + "]";
            present(at, t);
            present(at + ".kind", t.kind());
            yen(at + ".amount", t.amount());
            if (t.kind() == SyncedSale.TenderKind.PAYPAY) {
                matches(at + ".merchantPaymentId", t.merchantPaymentId(), MERCHANT_ID);
            } else if (t.merchantPaymentId() != null) {
                throw HttpError.badRequest(at + ".merchantPaymentId belongs to PayPay tenders only");
            }
            paid += t.amount();
        }
        if (paid != s.total()) {
            throw HttpError.badRequest(where + ": the tenders must add up to the total");
        }
    }

    private static void tillSession(String where, SyncedTillSession t, Instant now) {
        try {
            LocalDate.parse(t.businessDate() == null ? "" : t.businessDate());
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest(where + ".businessDate must be yyyy-MM-dd");
        }
        present(where + ".state", t.state());
        yen(where + ".openingFloat", t.openingFloat());
        time(where + ".openedAt", t.openedAt(), now);
        if ((t.state() == SyncedTillSession.State.CLOSED) != (t.closedAt() != null)) {
            throw HttpError.badRequest(where + ".closedAt is set exactly when the session is CLOSED");
        }
        if (t.closedAt() != null) {
            time(where + ".closedAt", t.closedAt(), now);
        }
        if (t.zNumber() != null && t.zNumber() < 1) {
            throw HttpError.badRequest(where + ".zNumber must be positive");
        }
        if (t.countedCash() != null) {
            yen(where + ".countedCash", t.countedCash());
        }
        // Expected cash can be below zero (more paid out than taken in): only its size is checked.
        if (t.expectedCash() != null && Math.abs(t.expectedCash()) > MAX_YEN) {
            throw HttpError.badRequest(where + ".expectedCash must be within " + MAX_YEN + " yen");
        }
    }

    private static void parts(String field, List<?> list) {
        if (list == null || list.size() > MAX_PARTS) {
            throw HttpError.badRequest(field + " must be a list of at most " + MAX_PARTS);
        }
    }

    private static void rate(String field, int percent) {
        if (percent != 10 && percent != 8 && percent != 0) {
            throw HttpError.badRequest(field + " must be 10, 8 or 0");
        }
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
