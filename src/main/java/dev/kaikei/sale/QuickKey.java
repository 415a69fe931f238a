package dev.kaikei.sale;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A key of the Charge screen's quick-key grid: an item with a fixed price, or a department with an open price (the
 * cashier types the amount). The keypad's amount goes to the keypad department, an open-price quick key too.
 *
 * @param code     a stable identifier (journaled with each line, for reports per item)
 * @param name     what the key and the receipt show
 * @param price    the fixed price as the store prices it, or empty for an open price
 * @param category its tax category
 */
public record QuickKey(String code, String name, OptionalLong price, TaxCategory category) {

    public QuickKey {
        Objects.requireNonNull(price, "price");
        // Validates code, name, price and category the way a line does.
        new SaleLine(code, name, price.orElse(0), 1, category);
        name = name.strip();
    }

    /** The keypad's department when none is configured: standard-rate goods. */
    public static final QuickKey DEFAULT_KEYPAD = new QuickKey("keypad", "Goods", OptionalLong.empty(),
            TaxCategory.STANDARD);

    public boolean isOpenPrice() {
        return price.isEmpty();
    }

    /** One piece at the fixed price. */
    public SaleLine line() {
        if (price.isEmpty()) {
            throw new IllegalStateException(name + " has an open price: give the amount");
        }
        return new SaleLine(code, name, price.getAsLong(), 1, category);
    }

    /** One piece at a typed price (open-price departments, the keypad). */
    public SaleLine line(long typedPrice) {
        return new SaleLine(code, name, typedPrice, 1, category);
    }
}
