package dev.kaikei.sale;

import static dev.kaikei.sale.TaxCategory.REDUCED;
import static dev.kaikei.sale.TaxCategory.STANDARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A sale's lines")
class SaleTest {

    private final SaleLine latte = new SaleLine("latte", "Latte", 450, 1, REDUCED);

    @Test
    @DisplayName("pressing a quick key again counts the last line up; another item adds a line")
    void addPiece() {
        Sale s = Sale.empty(ServiceMode.TAKE_OUT, TaxPolicy.DEFAULT).addPiece(latte).addPiece(latte);
        assertThat(s.lines()).containsExactly(latte.withQuantity(2));
        SaleLine bag = new SaleLine("bag", "Bag", 5, 1, STANDARD);
        s = s.addPiece(bag).addPiece(latte);
        assertThat(s.lines()).containsExactly(latte.withQuantity(2), bag, latte);
        assertThat(s.total()).isEqualTo(450 * 3 + 5);
    }

    @Test
    @DisplayName("keypad lines without a code are never merged")
    void keypadLinesStaySeparate() {
        SaleLine typed = SaleLine.of("Goods", 300, STANDARD);
        Sale s = Sale.empty(ServiceMode.EAT_IN, TaxPolicy.DEFAULT).addPiece(typed).addPiece(typed);
        assertThat(s.lines()).hasSize(2);
    }

    @Test
    @DisplayName("lines can be removed and replaced; the sale itself never changes")
    void immutable() {
        Sale s = Sale.of(ServiceMode.EAT_IN, TaxPolicy.DEFAULT, latte, SaleLine.of("Goods", 100, STANDARD));
        Sale removed = s.remove(0);
        assertThat(removed.lines()).extracting(SaleLine::name).containsExactly("Goods");
        assertThat(s.lines()).hasSize(2);
        assertThat(s.replace(1, latte).lines()).containsExactly(latte, latte);
        assertThatThrownBy(() -> s.remove(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.lines().add(latte)).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
        "' '|100|1|a sale line needs a name",
        "Tea|-1|1|a price must be",
        "Tea|100|0|a quantity must be 1..9999",
        "Tea|100|10000|a quantity must be 1..9999",
        "Tea|99999999999|2|a line must come to at most",
    })
    @DisplayName("a line with a bad name, price or quantity is refused with a clear message")
    void badLine(String name, long price, int quantity, String message) {
        assertThatThrownBy(() -> new SaleLine(null, name, price, quantity, STANDARD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    @DisplayName("a name of more than 64 characters is refused")
    void longName() {
        assertThatThrownBy(() -> SaleLine.of("x".repeat(65), 1, STANDARD))
                .hasMessageContaining("at most 64 characters");
        assertThat(SaleLine.of(" Tea ", 1, STANDARD).name()).isEqualTo("Tea");
    }

    @Test
    @DisplayName("the orderDescription lists the first items and counts the rest, within 60 characters")
    void orderDescription() {
        Sale one = Sale.of(ServiceMode.EAT_IN, TaxPolicy.DEFAULT, latte.withQuantity(2));
        assertThat(OrderDescription.of(one)).isEqualTo("Latte ×2");
        Sale two = one.add(SaleLine.of("Croissant", 280, REDUCED));
        assertThat(OrderDescription.of(two)).isEqualTo("Latte ×2, Croissant");
        Sale many = two;
        for (int i = 0; i < 10; i++) {
            many = many.add(SaleLine.of("Cinnamon roll " + i, 300, REDUCED));
        }
        String d = OrderDescription.of(many);
        assertThat(d).startsWith("Latte ×2, Croissant, Cinnamon roll 0").endsWith(" +8").hasSizeLessThanOrEqualTo(60);
        Sale longName = Sale.of(ServiceMode.EAT_IN, TaxPolicy.DEFAULT, SaleLine.of("y".repeat(64), 1, STANDARD),
                SaleLine.of("z", 1, STANDARD));
        assertThat(OrderDescription.of(longName)).hasSize(60).endsWith("… +1");
        assertThat(OrderDescription.of(Sale.empty(ServiceMode.EAT_IN, TaxPolicy.DEFAULT))).isEmpty();
    }

    @Test
    @DisplayName("split tenders: cash may be handed over in excess (change), nothing may pay more than the sale")
    void tenders() {
        CashTender cash = new CashTender(500, 1000);
        assertThat(cash.change()).isEqualTo(500);
        List<Tender> split = List.of(cash, new PayPayTender(700, "m-1", null));
        assertThat(Tenders.applied(split)).isEqualTo(1200);
        assertThat(Tenders.remaining(1500, split)).isEqualTo(300);
        Tenders.requireSettles(1200, split);
        assertThatThrownBy(() -> Tenders.requireSettles(1500, split)).hasMessageContaining("pay ¥1200 of the total ¥1500");
        assertThatThrownBy(() -> Tenders.remaining(1000, split)).hasMessageContaining("more than the total");
        assertThatThrownBy(() -> new CashTender(500, 400)).hasMessageContaining("must cover");
        assertThatThrownBy(() -> new PayPayTender(0, null, null)).hasMessageContaining("¥1..");
    }
}
