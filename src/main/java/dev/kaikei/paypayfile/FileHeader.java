package dev.kaikei.paypayfile;

import dev.kaikei.journal.PayPayFileFormat;
import dev.kaikei.journal.PayPayFileStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of a PayPay transaction file: which layout it is and where each needed column sits. Columns are found
 * by name, never by position (PayPay added 支払い詳細 in 2023 and says more may come; paypay-api.md §12.1.5).
 */
final class FileHeader {

    /** The columns matching reads, with their names in the instant (Japanese) and pre-auth (English) files. */
    enum Column {
        PAYMENT_ID("決済番号", "orderId", true),
        STORE_ID("店舗ID", "storeId", true),
        STORE_NAME("店舗名", "storeName", false),
        TERMINAL_ID("端末番号/PosID", "terminalId", true),
        STATUS("取引ステータス", "transactionStatus", true),
        ACCEPTED_AT("取引日時", "acceptedAt", true),
        AMOUNT("取引金額", "amount", true),
        MERCHANT_ID("マーチャント決済ID", "merchantPaymentId", true),
        PAYMENT_DETAILS("支払い詳細", "paymentDetails", false);

        final String instantName;
        final String preAuthName;
        final boolean required;

        Column(String instantName, String preAuthName, boolean required) {
            this.instantName = instantName;
            this.preAuthName = preAuthName;
            this.required = required;
        }

        String name(PayPayFileFormat format) {
            return format.isPreAuth() ? preAuthName : instantName;
        }
    }

    private static final Map<String, PayPayFileStatus> INSTANT_STATUSES = Map.of(
            "取引完了", PayPayFileStatus.COMPLETED, "取引失敗", PayPayFileStatus.FAILED,
            "返金完了", PayPayFileStatus.REFUNDED, "返金失敗", PayPayFileStatus.REFUND_FAILED);
    private static final Map<String, PayPayFileStatus> PREAUTH_STATUSES = Map.of(
            "AUTHORIZED", PayPayFileStatus.AUTHORIZED, "CANCELED", PayPayFileStatus.CANCELED,
            "COMPLETED", PayPayFileStatus.COMPLETED, "EXPIRED", PayPayFileStatus.EXPIRED,
            "FAILED", PayPayFileStatus.FAILED, "REFUNDED", PayPayFileStatus.REFUNDED);

    private final PayPayFileFormat format;
    private final int width;
    private final Map<Column, Integer> positions;

    private FileHeader(PayPayFileFormat format, int width, Map<Column, Integer> positions) {
        this.format = format;
        this.width = width;
        this.positions = positions;
    }

    /**
     * Recognises the layout from the header's names.
     *
     * @throws TransactionFileException naming what is missing, or what this file is instead
     */
    static FileHeader of(List<String> cells) throws TransactionFileException {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            byName.putIfAbsent(normalise(cells.get(i)), i);
        }
        if (byName.containsKey(normalise("取引番号")) && byName.containsKey(normalise("加盟店決済ID"))) {
            throw new TransactionFileException(1, "this is the CSV download of the PayPay for Business merchant panel"
                    + " (取引番号 … 加盟店決済ID), not the daily transaction file PayPay sends to API merchants"
                    + " (決済番号 … マーチャント決済ID); use the file from PayPay's file.created notification");
        }
        int instantHits = hits(byName, PayPayFileFormat.INSTANT_V2);
        int preAuthHits = hits(byName, PayPayFileFormat.PREAUTH);
        if (instantHits == 0 && preAuthHits == 0) {
            throw new TransactionFileException(1, "this is not a PayPay transaction file: the first line has none of"
                    + " PayPay's column names (" + String.join(", ", names(PayPayFileFormat.INSTANT_V2)) + ")");
        }
        PayPayFileFormat format = instantHits >= preAuthHits ? PayPayFileFormat.INSTANT_V2 : PayPayFileFormat.PREAUTH;
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            Integer at = byName.get(normalise(column.name(format)));
            if (at != null) {
                positions.put(column, at);
            } else if (column.required) {
                missing.add(column.name(format));
            }
        }
        if (!missing.isEmpty()) {
            throw new TransactionFileException(1, "the header lacks the column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + " (found: " + String.join(", ", cells) + ")");
        }
        if (format == PayPayFileFormat.INSTANT_V2 && !positions.containsKey(Column.PAYMENT_DETAILS)) {
            format = PayPayFileFormat.INSTANT_V1;
        }
        return new FileHeader(format, cells.size(), positions);
    }

    PayPayFileFormat format() {
        return format;
    }

    int width() {
        return width;
    }

    /** The cell of {@code column}, stripped; null when the column is absent or the cell empty. */
    String cell(List<String> row, Column column) {
        Integer at = positions.get(column);
        if (at == null) {
            return null;
        }
        String value = row.get(at).strip();
        return value.isEmpty() ? null : value;
    }

    String columnName(Column column) {
        return column.name(format);
    }

    Optional<PayPayFileStatus> status(String text) {
        Map<String, PayPayFileStatus> statuses = format.isPreAuth() ? PREAUTH_STATUSES : INSTANT_STATUSES;
        return Optional.ofNullable(statuses.get(format.isPreAuth() ? text.toUpperCase(Locale.ROOT) : text));
    }

    String statusNames() {
        return String.join(", ", (format.isPreAuth() ? PREAUTH_STATUSES : INSTANT_STATUSES).keySet().stream()
                .sorted().toList());
    }

    private static int hits(Map<String, Integer> byName, PayPayFileFormat format) {
        return (int) names(format).stream().filter(n -> byName.containsKey(normalise(n))).count();
    }

    private static List<String> names(PayPayFileFormat format) {
        return Arrays.stream(Column.values()).filter(c -> c.required).map(c -> c.name(format)).toList();
    }

    /** Header names compared without surrounding blanks or a byte order mark, English ones without case. */
    private static String normalise(String name) {
        return name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }
}
