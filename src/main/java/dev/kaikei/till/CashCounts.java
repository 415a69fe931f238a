package dev.kaikei.till;

import dev.kaikei.journal.CashCount;
import dev.kaikei.journal.Denomination;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The written form of a drawer count, {@code "10000x2,1000x5,500x3"}: denomination × pieces, comma separated, each
 * denomination at most once; denominations left out count zero. Strict, because a mistyped count is money.
 */
public final class CashCounts {

    private static final Pattern ENTRY = Pattern.compile("\\s*([0-9]+)\\s*[x×*]\\s*([0-9]+)\\s*");

    private CashCounts() {
    }

    /**
     * @throws IllegalArgumentException naming the entry that is wrong
     */
    public static CashCount parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("give the count as denomination x pieces, e.g. 10000x2,1000x5,500x3"
                    + " (1000x0 for an empty drawer)");
        }
        Map<Denomination, Integer> pieces = new EnumMap<>(Denomination.class);
        for (String entry : text.split(",", -1)) {
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + entry.strip() + "' is not denomination x pieces (e.g. 1000x5)");
            }
            Denomination d = parseDenomination(m.group(1));
            int count = parseCount(m.group(2), d);
            if (pieces.putIfAbsent(d, count) != null) {
                throw new IllegalArgumentException("¥" + d.yen() + " is counted twice; give each denomination once");
            }
        }
        return new CashCount(pieces);
    }

    /** The written form of a count, largest first, without the zero entries ("0" for an empty drawer). */
    public static String format(CashCount count) {
        String text = Arrays.stream(Denomination.values()).filter(d -> count.of(d) > 0)
                .map(d -> d.yen() + "x" + count.of(d)).collect(Collectors.joining(","));
        return text.isEmpty() ? "0" : text;
    }

    private static Denomination parseDenomination(String digits) {
        String all = Arrays.stream(Denomination.values()).map(d -> Integer.toString(d.yen()))
                .collect(Collectors.joining(", "));
        if (digits.length() > 6) {
            throw new IllegalArgumentException(digits + " is not a yen note or coin (" + all + ")");
        }
        return Denomination.ofYen(Long.parseLong(digits)).orElseThrow(() -> new IllegalArgumentException(
                digits + " is not a yen note or coin (" + all + ")"));
    }

    private static int parseCount(String digits, Denomination d) {
        if (digits.length() > 6 || Integer.parseInt(digits) > CashCount.MAX_PIECES) {
            throw new IllegalArgumentException(digits + " pieces of ¥" + d.yen() + " is more than a drawer holds (at"
                    + " most " + CashCount.MAX_PIECES + ")");
        }
        return Integer.parseInt(digits);
    }
}
