package dev.kaikei.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Writes PayPay's daily transaction ("recon") file for one Asia/Tokyo day from the simulator's books, as PayPay's
 * spec describes it (paypay-api.md §12.1.2-3): Shift_JIS, LF, a header row, the instant-payment layout with the 13th
 * column 支払い詳細 or the pre-auth layout. Refund lines of the instant file carry the payment's merchantPaymentId and a
 * negative amount; the pre-auth file names captures, reverts and refunds by their own merchant ids.
 */
final class TransactionFileWriter {

    static final List<String> INSTANT_HEADER = List.of("決済番号", "加盟店ID", "屋号", "店舗ID", "店舗名", "端末番号/PosID",
            "取引ステータス", "取引日時", "取引金額", "レシート番号", "支払い方法", "マーチャント決済ID", "支払い詳細");
    static final List<String> PREAUTH_HEADER = List.of("orderId", "merchantId", "brandName", "storeId", "storeName",
            "terminalId", "transactionStatus", "acceptedAt", "amount", "orderReceiptNumber", "methodOfPayment",
            "merchantPaymentId", "paymentDetails");
    private static final Charset SHIFT_JIS = Charset.forName("Windows-31J");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** Quotes only cells that need it (commas, quotes, line breaks), as spreadsheets and PayPay's samples do. */
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private final String merchantId;
    private final String storeName;

    TransactionFileWriter(String merchantId, String storeName) {
        this.merchantId = merchantId;
        this.storeName = storeName;
    }

    /** PayPay's file name, e.g. {@code transaction_<merchant>_20260301000000_20260301235959_v2.csv}. */
    String fileName(LocalDate day, boolean preAuth) {
        String d = day.format(DateTimeFormatter.BASIC_ISO_DATE);
        return (preAuth ? "preauth_" : "") + "transaction_" + merchantId + "_" + d + "000000_" + d + "235959_v2.csv";
    }

    /** The file's bytes; runs under the book's lock, which owns {@code orders}. */
    byte[] write(Collection<PaymentRecord> orders, LocalDate day, boolean preAuth) {
        List<Line> lines = new ArrayList<>();
        for (PaymentRecord p : orders) {
            if (p.authorization == preAuth) {
                if (preAuth) {
                    preAuthLines(p, day, lines);
                } else {
                    instantLines(p, day, lines);
                }
            }
        }
        lines.sort(Comparator.comparingLong(Line::at));
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(preAuth ? PREAUTH_HEADER : INSTANT_HEADER);
        lines.forEach(l -> rows.add(l.cells()));
        try {
            return CSV.writer(schema.build()).writeValueAsString(rows).getBytes(SHIFT_JIS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the transaction file", e);
        }
    }

    /** One line and when it happened (the file is in time order). */
    private record Line(long at, List<String> cells) {
    }

    private void instantLines(PaymentRecord p, LocalDate day, List<Line> lines) {
        if (p.acceptedAt != null && on(p.acceptedAt, day)) {
            // A payment cancelled the same day shows as failed; cancelled after the day, it stays completed there.
            boolean cancelledThatDay = p.canceledAt != null && on(p.canceledAt, day);
            lines.add(instant(p, cancelledThatDay ? "取引失敗" : "取引完了", p.acceptedAt, p.amount));
        }
        for (RefundRecord r : p.refunds) {
            if (on(r.acceptedAt(), day)) {
                lines.add(instant(p, "返金完了", r.acceptedAt(), -r.amount()));
            }
        }
    }

    private Line instant(PaymentRecord p, String status, long at, long amount) {
        String details = amount > 0 ? "[{\"paymentMethod\":\"PayPay残高\",\"amount\":" + amount + "}]" : "";
        return new Line(at, List.of(nullToEmpty(p.paymentId), merchantId, storeName, nullToEmpty(p.storeId),
                storeName, nullToEmpty(p.terminalId), status, time(at), Long.toString(amount), "", "PayPay残高",
                p.merchantPaymentId, details));
    }

    private void preAuthLines(PaymentRecord p, LocalDate day, List<Line> lines) {
        if (p.authorizedAt != null && on(p.authorizedAt, day)) {
            lines.add(preAuth(p, "AUTHORIZED", p.authorizedAt, p.amount, p.merchantPaymentId));
        }
        for (CaptureRecord c : p.captures) {
            if (on(c.acceptedAt(), day)) {
                lines.add(preAuth(p, "COMPLETED", c.acceptedAt(), c.amount(), c.merchantCaptureId()));
            }
        }
        if (p.revert != null && on(p.revert.acceptedAt(), day)) {
            lines.add(preAuth(p, "CANCELED", p.revert.acceptedAt(), p.amount, p.revert.merchantRevertId()));
        }
        if (p.status == PaymentStatus.EXPIRED && p.expiresAt != null && on(p.expiresAt, day)) {
            lines.add(preAuth(p, "EXPIRED", p.expiresAt, p.amount, p.merchantPaymentId));
        }
        for (RefundRecord r : p.refunds) {
            if (on(r.acceptedAt(), day)) {
                lines.add(preAuth(p, "REFUNDED", r.acceptedAt(), r.amount(), r.merchantRefundId()));
            }
        }
    }

    private Line preAuth(PaymentRecord p, String status, long at, long amount, String merchantTransactionId) {
        boolean settled = status.equals("COMPLETED") || status.equals("REFUNDED");
        return new Line(at, List.of(nullToEmpty(p.paymentId), merchantId, storeName, nullToEmpty(p.storeId), storeName,
                nullToEmpty(p.terminalId), status, time(at), Long.toString(amount), "", "wallet",
                merchantTransactionId, settled ? "[{\"paymentMethod\":\"WALLET\",\"amount\":" + amount + "}]" : ""));
    }

    private static boolean on(long epochSecond, LocalDate day) {
        return Instant.ofEpochSecond(epochSecond).atZone(PaymentBook.TOKYO).toLocalDate().equals(day);
    }

    private static String time(long epochSecond) {
        return TIME.format(OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), PaymentBook.TOKYO));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
