package dev.kaikei.journal;

import java.util.Arrays;
import java.util.Optional;

/** Japan's notes and coins, as a drawer is counted (¥10,000 … ¥1). */
public enum Denomination {
    Y10000(10_000), Y5000(5_000), Y2000(2_000), Y1000(1_000), Y500(500), Y100(100), Y50(50), Y10(10), Y5(5), Y1(1);

    private final int yen;

    Denomination(int yen) {
        this.yen = yen;
    }

    public int yen() {
        return yen;
    }

    /** True for ¥1,000 and up. */
    public boolean isNote() {
        return yen >= 1_000;
    }

    public static Optional<Denomination> ofYen(long yen) {
        return Arrays.stream(values()).filter(d -> d.yen == yen).findFirst();
    }
}
