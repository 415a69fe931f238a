package dev.kaikei.sale;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sale being rung up or already taken: its lines, eat-in or take-out, and the store's tax policy it is priced under.
 * Immutable; every change returns a new sale. Its {@linkplain #totals() totals} are worked out from the lines, one tax
 * figure per rate.
 */
public record Sale(List<SaleLine> lines, ServiceMode serviceMode, TaxPolicy policy) {

    /** PayPay takes at most 11 digits of yen; no sale may come to more. */
    public static final long MAX_TOTAL = 99_999_999_999L;
    public static final int MAX_LINES = 500;

    public Sale {
        lines = List.copyOf(lines);
        Objects.requireNonNull(serviceMode, "serviceMode");
        Objects.requireNonNull(policy, "policy");
        if (lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("a sale has at most " + MAX_LINES + " lines");
        }
        long priced = 0;
        for (SaleLine line : lines) {
            priced += line.amount(); // each ≤ MAX_TOTAL, at most MAX_LINES of them: cannot overflow
        }
        // Exclusive pricing adds at most 10% on top; the checked total must stay within PayPay's 11 digits.
        if (priced > MAX_TOTAL || TaxCalculation.of(lines, serviceMode, policy).total() > MAX_TOTAL) {
            throw new IllegalArgumentException("a sale must come to at most ¥" + MAX_TOTAL);
        }
    }

    /** A sale with no lines yet. */
    public static Sale empty(ServiceMode mode, TaxPolicy policy) {
        return new Sale(List.of(), mode, policy);
    }

    /** A sale of the given lines. */
    public static Sale of(ServiceMode mode, TaxPolicy policy, SaleLine... lines) {
        return new Sale(List.of(lines), mode, policy);
    }

    /** This sale with one more line at the end. */
    public Sale add(SaleLine line) {
        Objects.requireNonNull(line, "line");
        List<SaleLine> next = new ArrayList<>(lines);
        next.add(line);
        return new Sale(next, serviceMode, policy);
    }

    /**
     * This sale with one more piece of an item: the quantity of the last line goes up if it is the same item at the
     * same price (a quick key pressed twice), otherwise a line is added.
     */
    public Sale addPiece(SaleLine piece) {
        Objects.requireNonNull(piece, "piece");
        if (!lines.isEmpty()) {
            SaleLine last = lines.get(lines.size() - 1);
            if (last.code() != null && last.code().equals(piece.code()) && last.unitPrice() == piece.unitPrice()
                    && last.category() == piece.category() && last.name().equals(piece.name())
                    && last.quantity() + piece.quantity() <= SaleLine.MAX_QUANTITY) {
                return replace(lines.size() - 1, last.withQuantity(last.quantity() + piece.quantity()));
            }
        }
        return add(piece);
    }

    /** This sale without the line at {@code index}. */
    public Sale remove(int index) {
        Objects.checkIndex(index, lines.size());
        List<SaleLine> next = new ArrayList<>(lines);
        next.remove(index);
        return new Sale(next, serviceMode, policy);
    }

    /** This sale with the line at {@code index} replaced. */
    public Sale replace(int index, SaleLine line) {
        Objects.checkIndex(index, lines.size());
        Objects.requireNonNull(line, "line");
        List<SaleLine> next = new ArrayList<>(lines);
        next.set(index, line);
        return new Sale(next, serviceMode, policy);
    }

    /** The same lines eaten in or taken out: food lines move between 10% and 8%. */
    public Sale withServiceMode(ServiceMode mode) {
        return new Sale(lines, mode, policy);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Totals per rate and the amount to charge. */
    public SaleTotals totals() {
        return TaxCalculation.of(lines, serviceMode, policy);
    }

    /** The amount to charge (tax included), in yen. */
    public long total() {
        return totals().total();
    }
}
