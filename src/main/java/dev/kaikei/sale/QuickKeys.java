package dev.kaikei.sale;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The Charge screen's quick keys and the keypad's department, read from the quick-keys file: one key a line, written
 * {@code NAME=YEN@RATE} as on the command line ({@code kaikei charge --item}); {@code NAME=@RATE} is an open-price
 * department, and the keypad's amount goes to the first of those. Blank lines and {@code #} comments are skipped.
 *
 * @param keys   the keys in file order
 * @param keypad the department of the keypad's amount
 */
public record QuickKeys(List<QuickKey> keys, QuickKey keypad) {

    public static final int MAX_KEYS = 60;

    public QuickKeys {
        keys = List.copyOf(keys);
    }

    /** No quick keys; the keypad books to standard-rate goods. */
    public static QuickKeys none(QuickKey keypad) {
        return new QuickKeys(List.of(), keypad);
    }

    /**
     * Reads a quick-keys file's text.
     *
     * @param keypadIfNone the keypad's department when the file names no open-price one
     * @throws IllegalArgumentException naming the line and what is wrong with it (every wrong line at once)
     */
    public static QuickKeys parse(String text, QuickKey keypadIfNone) {
        List<QuickKey> keys = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                QuickKey key = parseItem(line, true);
                if (!names.add(key.name().toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("'" + key.name() + "' is there twice");
                }
                keys.add(key);
            } catch (IllegalArgumentException e) {
                problems.add("line " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (keys.size() > MAX_KEYS) {
            problems.add("at most " + MAX_KEYS + " quick keys (found " + keys.size() + ")");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        QuickKey keypad = keys.stream().filter(QuickKey::isOpenPrice).findFirst().orElse(keypadIfNone);
        return new QuickKeys(keys, keypad);
    }

    /**
     * One item written {@code NAME=YEN@RATE}: RATE is 10, 8 (food and drink: 10% eaten in) or 0 (non-taxable), YEN
     * digits only, as the store prices; {@code NAME=@RATE} is an open price where allowed.
     *
     * @throws IllegalArgumentException saying what is wrong and what is expected
     */
    public static QuickKey parseItem(String spec, boolean openPriceAllowed) {
        int eq = spec.lastIndexOf('=');
        int at = spec.lastIndexOf('@');
        String expected = "expected NAME=YEN@RATE (e.g. Latte=450@8), RATE 10, 8 or 0";
        if (eq <= 0 || at < eq) {
            throw new IllegalArgumentException("'" + spec + "': " + expected);
        }
        String name = spec.substring(0, eq).strip();
        String yen = spec.substring(eq + 1, at).strip();
        String rate = spec.substring(at + 1).strip().replace("%", "");
        TaxCategory category;
        try {
            category = TaxCategory.ofRate(Integer.parseInt(rate));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + spec + "': the rate '" + rate + "' is not 10, 8 or 0");
        }
        OptionalLong price;
        if (yen.isEmpty()) {
            if (!openPriceAllowed) {
                throw new IllegalArgumentException("'" + spec + "': the price is missing; " + expected);
            }
            price = OptionalLong.empty();
        } else if (!yen.matches("[0-9]{1,11}")) {
            throw new IllegalArgumentException("'" + spec + "': the price '" + yen + "' is not an amount in yen (digits"
                    + " only, e.g. 1200: no ¥, commas or decimals)");
        } else {
            price = OptionalLong.of(Long.parseLong(yen));
        }
        return new QuickKey(name, name, price, category);
    }

    /** The key with this name, if any. */
    public Optional<QuickKey> named(String name) {
        return keys.stream().filter(k -> k.name().equalsIgnoreCase(name)).findFirst();
    }
}
