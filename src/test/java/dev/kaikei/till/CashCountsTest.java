package dev.kaikei.till;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaikei.journal.CashCount;
import dev.kaikei.journal.Denomination;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("drawer counts written as 10000x2,1000x5,…")
class CashCountsTest {

    @Test
    @DisplayName("every denomination from ¥10,000 to ¥1, spaces and × allowed, left-out ones count zero")
    void parses() {
        CashCount c = CashCounts.parse("10000x2, 5000x1,2000x1,1000 x 5,500x3,100x12,50x1,10x7,5x1,1×3");

        assertThat(c.total()).isEqualTo(20000 + 5000 + 2000 + 5000 + 1500 + 1200 + 50 + 70 + 5 + 3);
        assertThat(c.of(Denomination.Y100)).isEqualTo(12);
        assertThat(CashCounts.parse("1000x0").total()).isZero();
        assertThat(CashCounts.format(c)).isEqualTo("10000x2,5000x1,2000x1,1000x5,500x3,100x12,50x1,10x7,5x1,1x3");
        assertThat(CashCounts.format(CashCount.empty())).isEqualTo("0");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "''|give the count as denomination x pieces",
        "300x2|300 is not a yen note or coin (10000, 5000, 2000, 1000, 500, 100, 50, 10, 5, 1)",
        "1000x2,1000x1|¥1000 is counted twice",
        "1000|'1000' is not denomination x pieces",
        "1000x-1|'1000x-1' is not denomination x pieces",
        "1000x2,|'' is not denomination x pieces",
        "1000x2.5|'1000x2.5' is not denomination x pieces",
        "100x9999999|9999999 pieces of ¥100 is more than a drawer holds",
        "99999999999999x1|99999999999999 is not a yen note or coin"})
    @DisplayName("a mistyped count is refused, naming the entry")
    void refuses(String text, String message) {
        assertThatThrownBy(() -> CashCounts.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }
}
