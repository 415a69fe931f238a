package dev.kaikei.sale;

import java.util.Objects;

/**
 * One line of a sale: an item or department, its unit price as the store prices it (tax included or excluded, see
 * {@link TaxPolicy}), a quantity and a tax category. The rate it is taxed at depends on the sale's {@link ServiceMode}.
 *
 * @param code      the quick key's item or department code, or null for a line typed on the keypad without one
 * @param name      what the receipt prints (1..{@value #MAX_NAME} characters)
 * @param unitPrice yen, 0..{@value Sale#MAX_TOTAL}
 * @param quantity  1..{@value #MAX_QUANTITY}
 * @param category  standard, reduced (food and drink) or non-taxable
 */
public record SaleLine(String code, String name, long unitPrice, int quantity, TaxCategory category) {

    public static final int MAX_NAME = 64;
    public static final int MAX_QUANTITY = 9_999;

    public SaleLine {
        Objects.requireNonNull(category, "category");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a sale line needs a name");
        }
        name = name.strip();
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a line's name must be at most " + MAX_NAME + " characters (got "
                    + name.length() + ")");
        }
        if (code != null && (code.isBlank() || code.length() > MAX_NAME)) {
            throw new IllegalArgumentException("a line's code must be 1.." + MAX_NAME + " characters");
        }
        if (unitPrice < 0 || unitPrice > Sale.MAX_TOTAL) {
            throw new IllegalArgumentException("a price must be ¥0.." + Sale.MAX_TOTAL + " (got " + unitPrice + ")");
        }
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("a quantity must be 1.." + MAX_QUANTITY + " (got " + quantity + ")");
        }
        if (Math.multiplyHigh(unitPrice, quantity) != 0 || unitPrice * quantity > Sale.MAX_TOTAL) {
            throw new IllegalArgumentException("a line must come to at most ¥" + Sale.MAX_TOTAL + " (got "
                    + quantity + " × " + unitPrice + ")");
        }
    }

    /** A line of one piece without an item code (the keypad's amount, or a command line's {@code --item}). */
    public static SaleLine of(String name, long unitPrice, TaxCategory category) {
        return new SaleLine(null, name, unitPrice, 1, category);
    }

    /** Unit price × quantity, as the store prices it. */
    public long amount() {
        return unitPrice * quantity;
    }

    /** The rate this line is taxed at in a sale of the given mode. */
    public TaxRate rateIn(ServiceMode mode) {
        return category.rateIn(mode);
    }

    /** The same line with another quantity (a quick key pressed again). */
    public SaleLine withQuantity(int newQuantity) {
        return new SaleLine(code, name, unitPrice, newQuantity, category);
    }
}
