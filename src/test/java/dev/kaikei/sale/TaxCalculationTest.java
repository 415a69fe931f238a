package dev.kaikei.sale;

import static dev.kaikei.sale.TaxCategory.NON_TAXABLE;
import static dev.kaikei.sale.TaxCategory.REDUCED;
import static dev.kaikei.sale.TaxCategory.STANDARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Tax per rate")
class TaxCalculationTest {

    private static Sale sale(TaxPricing pricing, TaxRounding rounding, ServiceMode mode, SaleLine... lines) {
        return Sale.of(mode, new TaxPolicy(pricing, rounding), lines);
    }

    @ParameterizedTest(name = "{0} {1}: ¥{2} at {3}% → tax {4}, total {5}")
    @CsvSource({
        "INCLUSIVE, DOWN,    1100, 10, 100, 1100",
        "INCLUSIVE, DOWN,    1080,  8,  80, 1080",
        "INCLUSIVE, DOWN,    1000, 10,  90, 1000",
        "INCLUSIVE, HALF_UP, 1000, 10,  91, 1000",
        "INCLUSIVE, UP,      1000, 10,  91, 1000",
        "INCLUSIVE, DOWN,    1000,  8,  74, 1000",
        "INCLUSIVE, HALF_UP, 1000,  8,  74, 1000",
        "INCLUSIVE, UP,      1000,  8,  75, 1000",
        "EXCLUSIVE, DOWN,    1000, 10, 100, 1100",
        "EXCLUSIVE, DOWN,     999,  8,  79, 1078",
        "EXCLUSIVE, HALF_UP,  999,  8,  80, 1079",
        "EXCLUSIVE, UP,       999,  8,  80, 1079",
        "EXCLUSIVE, DOWN,     995, 10,  99, 1094",
        "EXCLUSIVE, HALF_UP,  995, 10, 100, 1095",
        "EXCLUSIVE, UP,       995, 10, 100, 1095",
        "INCLUSIVE, UP,       500,  0,   0,  500",
        "EXCLUSIVE, UP,       500,  0,   0,  500",
    })
    void oneRate(TaxPricing pricing, TaxRounding rounding, long price, int rate, long tax, long total) {
        Sale s = sale(pricing, rounding, ServiceMode.TAKE_OUT, SaleLine.of("item", price, TaxCategory.ofRate(rate)));
        SaleTotals t = s.totals();
        assertThat(t.total()).isEqualTo(total);
        assertThat(t.rates()).singleElement().satisfies(r -> {
            assertThat(r.rate().percent()).isEqualTo(rate);
            assertThat(r.tax()).isEqualTo(tax);
            assertThat(r.gross()).isEqualTo(total);
            assertThat(r.net()).isEqualTo(total - tax);
        });
    }

    @Test
    @DisplayName("tax is rounded once for the rate, not line by line")
    void roundedOncePerRate() {
        // Each ¥105 line holds 9.54 yen of tax; rounded per line that is 27, for the rate (315 × 10 / 110) it is 28.
        Sale s = sale(TaxPricing.INCLUSIVE, TaxRounding.DOWN, ServiceMode.EAT_IN,
                SaleLine.of("a", 105, STANDARD), SaleLine.of("b", 105, STANDARD), SaleLine.of("c", 105, STANDARD));
        assertThat(s.totals().tax()).isEqualTo(28);
    }

    @Nested
    @DisplayName("eat-in and take-out")
    class ServiceModes {

        private final SaleLine coffee = SaleLine.of("Coffee", 330, REDUCED);
        private final SaleLine sandwich = SaleLine.of("Sandwich", 450, REDUCED);
        private final SaleLine bag = SaleLine.of("Bag", 5, STANDARD);
        private final SaleLine stamp = SaleLine.of("Stamp", 110, NON_TAXABLE);

        @Test
        @DisplayName("eat-in taxes food at 10%, take-out at 8%; inclusive prices keep the total")
        void inclusive() {
            Sale eatIn = sale(TaxPricing.INCLUSIVE, TaxRounding.DOWN, ServiceMode.EAT_IN, coffee, sandwich, bag, stamp);
            assertThat(eatIn.totals().rates()).containsExactly(
                    new RateTotal(TaxRate.STANDARD_10, 785, 714, 71),
                    new RateTotal(TaxRate.NONE, 110, 110, 0));
            assertThat(eatIn.total()).isEqualTo(895);

            Sale takeOut = eatIn.withServiceMode(ServiceMode.TAKE_OUT);
            assertThat(takeOut.totals().rates()).containsExactly(
                    new RateTotal(TaxRate.STANDARD_10, 5, 5, 0),
                    new RateTotal(TaxRate.REDUCED_8, 780, 723, 57),
                    new RateTotal(TaxRate.NONE, 110, 110, 0));
            assertThat(takeOut.total()).isEqualTo(895);
            assertThat(takeOut.totals().hasReducedRate()).isTrue();
            assertThat(eatIn.totals().hasReducedRate()).isFalse();
        }

        @Test
        @DisplayName("with exclusive prices the total follows the rate")
        void exclusive() {
            Sale eatIn = sale(TaxPricing.EXCLUSIVE, TaxRounding.DOWN, ServiceMode.EAT_IN, coffee, sandwich, bag);
            assertThat(eatIn.total()).isEqualTo(785 + 78);
            Sale takeOut = eatIn.withServiceMode(ServiceMode.TAKE_OUT);
            assertThat(takeOut.totals().rates()).containsExactly(
                    new RateTotal(TaxRate.STANDARD_10, 5, 5, 0),
                    new RateTotal(TaxRate.REDUCED_8, 842, 780, 62));
            assertThat(takeOut.total()).isEqualTo(847);
        }
    }

    @Test
    @DisplayName("an empty sale comes to nothing")
    void empty() {
        assertThat(Sale.empty(ServiceMode.EAT_IN, TaxPolicy.DEFAULT).totals())
                .isEqualTo(new SaleTotals(List.of(), 0));
    }

    @Test
    @DisplayName("a sale over PayPay's 11 digits is refused, also when exclusive tax pushes it over")
    void tooLarge() {
        SaleLine big = SaleLine.of("big", 99_999_999_999L, STANDARD);
        assertThat(Sale.of(ServiceMode.EAT_IN, TaxPolicy.DEFAULT, big).total()).isEqualTo(99_999_999_999L);
        assertThatThrownBy(() -> Sale.of(ServiceMode.EAT_IN, TaxPolicy.DEFAULT, big, SaleLine.of("one", 1, STANDARD)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most ¥99999999999");
        assertThatThrownBy(() -> Sale.of(ServiceMode.EAT_IN, new TaxPolicy(TaxPricing.EXCLUSIVE, TaxRounding.DOWN),
                big)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "rate {0}")
    @CsvSource({"5", "-1", "100"})
    @DisplayName("only 10, 8 and 0 are rates")
    void badRate(int percent) {
        assertThatThrownBy(() -> TaxCategory.ofRate(percent)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10, 8 or 0");
    }
}
