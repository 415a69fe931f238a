package dev.kaikei.journal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A drawer counted by denomination: how many of each note and coin. */
public record CashCount(Map<Denomination, Integer> pieces) {

    /** More pieces of one denomination than any drawer holds: a typo, not a count. */
    public static final int MAX_PIECES = 100_000;

    public CashCount {
        EnumMap<Denomination, Integer> copy = new EnumMap<>(Denomination.class);
        for (Denomination d : Denomination.values()) {
            Integer n = pieces.get(d);
            int count = n == null ? 0 : n;
            if (count < 0 || count > MAX_PIECES) {
                throw new IllegalArgumentException("the count of ¥" + d.yen() + " must be 0.." + MAX_PIECES
                        + " (got " + count + ")");
            }
            copy.put(d, count);
        }
        pieces = Collections.unmodifiableMap(copy);
    }

    public static CashCount empty() {
        return new CashCount(Map.of());
    }

    public int of(Denomination d) {
        return pieces.get(d);
    }

    /** The yen counted. */
    public long total() {
        return pieces.entrySet().stream().mapToLong(e -> (long) e.getKey().yen() * e.getValue()).sum();
    }
}
