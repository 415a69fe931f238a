package dev.kaikei.sale;

import java.util.List;

/**
 * The short {@code orderDescription} PayPay shows in the customer's app for a sale: the first items' names (with their
 * quantities) and how many more lines follow, kept to what a phone shows on a line. PayPay keeps no line items, so
 * this is only a reminder for the customer; the journal holds the lines.
 */
public final class OrderDescription {

    /** PayPay allows 255 characters; a phone shows about this many. */
    public static final int MAX_LENGTH = 60;

    private OrderDescription() {
    }

    /** E.g. {@code "Latte ×2, Croissant"} or {@code "Latte ×2, Croissant +3"}; empty for a sale without lines. */
    public static String of(Sale sale) {
        List<SaleLine> lines = sale.lines();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            SaleLine line = lines.get(i);
            String item = line.quantity() > 1 ? line.name() + " ×" + line.quantity() : line.name();
            String candidate = text.length() == 0 ? item : text + ", " + item;
            int after = lines.size() - i - 1;
            if (candidate.length() + more(after).length() <= MAX_LENGTH) {
                text.setLength(0);
                text.append(candidate);
                continue;
            }
            String rest = more(lines.size() - i);
            if (text.length() == 0) {
                // Even the first item is too long: cut it.
                rest = more(after);
                return item.substring(0, MAX_LENGTH - rest.length() - 1) + "…" + rest;
            }
            return text + rest;
        }
        return text.toString();
    }

    private static String more(int count) {
        return count == 0 ? "" : " +" + count;
    }
}
