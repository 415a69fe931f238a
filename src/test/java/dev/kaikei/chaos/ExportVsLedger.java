package dev.kaikei.chaos;

import dev.kaikei.simulator.Ledger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the terminals' CSV exports (what the shop hands its accountant) with PayPay's ledger: no payment missing
 * or phantom, no refund missing or doubled, nothing left unresolved. Each difference is one readable line.
 */
final class ExportVsLedger {

    private static final Set<String> OPEN_PAYMENT = Set.of("CREATING", "AWAITING_PAYMENT", "UNKNOWN", "AUTHORIZED");
    private static final Set<String> OPEN_OPERATION = Set.of("PENDING", "ACCEPTED", "UNKNOWN");

    /** One exported line, by the export's column names. */
    private record Row(String merchantPaymentId, String merchantRefundId, String kind, String state, long amount,
                       String terminal) {
    }

    private ExportVsLedger() {
    }

    static List<String> compare(List<Path> exports, Ledger ledger) {
        List<String> differences = new ArrayList<>();
        Map<String, Row> payments = new HashMap<>();
        Map<String, List<Row>> refunds = new HashMap<>();
        for (Path export : exports) {
            for (Row row : read(export)) {
                if (row.kind().equals("REFUND")) {
                    refunds.computeIfAbsent(row.merchantRefundId(), k -> new ArrayList<>()).add(row);
                    if (OPEN_OPERATION.contains(row.state())) {
                        differences.add("refund " + row.merchantRefundId() + " is still " + row.state());
                    }
                } else if (payments.put(row.merchantPaymentId(), row) != null) {
                    differences.add("payment " + row.merchantPaymentId() + " exported twice");
                } else if (OPEN_PAYMENT.contains(row.state())) {
                    differences.add("payment " + row.merchantPaymentId() + " is still " + row.state());
                }
            }
        }
        Map<String, Ledger.Payment> atPayPay = new HashMap<>();
        for (Ledger.Payment lp : ledger.payments()) {
            atPayPay.put(lp.merchantPaymentId(), lp);
            Row row = payments.get(lp.merchantPaymentId());
            if (row == null) {
                differences.add("PayPay holds " + lp.merchantPaymentId() + " (" + lp.status() + "), no export has it");
            } else if (!expected(lp).contains(row.state())) {
                differences.add(lp.merchantPaymentId() + ": exported " + row.state() + ", PayPay " + lp.status()
                        + (lp.acceptedAt() != null ? " (charged)" : "") + ", refunded " + lp.refundedAmount());
            } else if (row.amount() != lp.amount()) {
                differences.add(lp.merchantPaymentId() + ": exported ¥" + row.amount() + ", PayPay ¥" + lp.amount());
            }
        }
        for (Row row : payments.values()) {
            if (!atPayPay.containsKey(row.merchantPaymentId()) && !row.state().equals("FAILED")) {
                differences.add("phantom: " + row.merchantPaymentId() + " exported " + row.state()
                        + " but PayPay never saw it");
            }
        }
        Map<String, Ledger.Refund> refundsAtPayPay = new HashMap<>();
        for (Ledger.Refund lr : ledger.refunds()) {
            refundsAtPayPay.put(lr.merchantRefundId(), lr);
            List<Row> rows = refunds.getOrDefault(lr.merchantRefundId(), List.of());
            List<Row> counted = rows.stream().filter(r -> r.state().equals("SUCCEEDED")).toList();
            if (!lr.status().equals("REFUNDED")) {
                differences.add("refund " + lr.merchantRefundId() + " is " + lr.status() + " at PayPay");
            }
            if (counted.size() != 1) {
                differences.add("refund " + lr.merchantRefundId() + " of " + lr.merchantPaymentId() + " (¥"
                        + lr.amount() + ") counted " + counted.size() + " times in the exports");
            } else if (counted.get(0).amount() != -lr.amount()) {
                differences.add("refund " + lr.merchantRefundId() + ": exported " + counted.get(0).amount()
                        + ", PayPay ¥" + lr.amount());
            }
        }
        refunds.forEach((id, rows) -> rows.stream().filter(r -> r.state().equals("SUCCEEDED")
                && !refundsAtPayPay.containsKey(id)).forEach(r -> differences.add("phantom refund " + id + " of "
                + r.merchantPaymentId() + " exported as done, PayPay has none")));
        return differences;
    }

    private static Set<String> expected(Ledger.Payment lp) {
        boolean charged = lp.acceptedAt() != null;
        return switch (lp.status()) {
            case "COMPLETED" -> lp.refundedAmount() > 0 ? Set.of("PARTIALLY_REFUNDED") : Set.of("COMPLETED");
            case "REFUNDED" -> Set.of("REFUNDED");
            case "FAILED" -> charged ? Set.of("CANCELED") : Set.of("FAILED", "EXPIRED", "ABANDONED");
            case "CREATED" -> Set.of("FAILED", "EXPIRED", "ABANDONED");
            case "EXPIRED" -> Set.of("EXPIRED");
            default -> Set.of();
        };
    }

    private static List<Row> read(Path export) {
        String text;
        try {
            text = Files.readString(export, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> lines = parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<String> header = lines.get(0);
        List<Row> rows = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            Map<String, String> f = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                f.put(header.get(i), line.get(i));
            }
            rows.add(new Row(f.get("merchant_payment_id"), f.get("merchant_refund_id"), f.get("kind"),
                    f.get("state"), Long.parseLong(f.get("amount")), f.get("terminal_id")));
        }
        return rows;
    }

    /** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
    private static List<List<String>> parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                line.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                line.add(field.toString());
                field.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return lines;
    }
}
