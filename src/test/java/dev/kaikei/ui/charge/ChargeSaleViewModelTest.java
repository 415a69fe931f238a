package dev.kaikei.ui.charge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.sale.QuickKey;
import dev.kaikei.sale.QuickKeys;
import dev.kaikei.sale.RateTotal;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxPolicy;
import dev.kaikei.sale.TaxPricing;
import dev.kaikei.sale.TaxRate;
import dev.kaikei.sale.TaxRounding;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.testing.FakeCheckoutService;
import dev.kaikei.ui.testing.RecordingNavigator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Ringing up a sale on the Charge screen: quick keys, the keypad, eat-in / take-out, without the JavaFX toolkit. */
@DisplayName("Charge screen: a sale of quick keys and the keypad")
class ChargeSaleViewModelTest {

    private static final QuickKeys KEYS = QuickKeys.parse("Latte=450@8\nMug=1500@10\nDeli=@8\n",
            QuickKey.DEFAULT_KEYPAD);

    private final FakeCheckoutService service = new FakeCheckoutService();
    private ChargeViewModel vm = viewModel(TaxPolicy.DEFAULT);

    private ChargeViewModel viewModel(TaxPolicy tax) {
        return new ChargeViewModel(service, (title, question, confirm, answer) -> answer.accept(true), n -> List.of(), TaskRunner.sameThread(), new RecordingNavigator(),
                new Messages(Locale.ENGLISH), true, KEYS, tax);
    }

    private void type(String keys) {
        for (char c : keys.toCharArray()) {
            vm.digit(c - '0');
        }
    }

    @Test
    @DisplayName("a key pressed twice counts up; an open-price key takes the keyed amount; lines can be removed")
    void lines() {
        vm.quickKey(0);
        vm.quickKey(0);
        type("300");
        vm.quickKey(2);
        assertThat(vm.lines()).containsExactly(new SaleLineRow("Latte", "×2", "¥900", false),
                new SaleLineRow("Deli", "", "¥300", false));
        assertThat(vm.getAmount()).isZero();
        assertThat(vm.getSaleTotal()).isEqualTo("¥1,200");
        vm.quickKey(1);
        vm.removeLine(0);
        assertThat(vm.lines()).extracting(SaleLineRow::name).containsExactly("Deli", "Mug");
        assertThat(vm.isCanCharge()).isTrue();
    }

    @Test
    @DisplayName("an open-price key without an amount asks for one")
    void openPriceNeedsAmount() {
        vm.quickKey(2);
        assertThat(vm.lines()).isEmpty();
        assertThat(vm.statusProperty().get().text()).isEqualTo("Type the amount of Deli first, then tap it");
    }

    @Test
    @DisplayName("take-out moves food to 8% (marked ※), eat-in back to 10%; the totals per rate follow")
    void serviceMode() {
        vm.quickKey(0);
        vm.quickKey(1);
        assertThat(vm.rateTotalsProperty().get()).isEqualTo("10%: ¥1,950 (tax ¥177)");
        vm.setTakeOut(true);
        assertThat(vm.takeOutProperty().get()).isTrue();
        assertThat(vm.lines().get(0).reduced()).isTrue();
        assertThat(vm.rateTotalsProperty().get()).isEqualTo("10%: ¥1,500 (tax ¥136)   8%: ¥450 (tax ¥33)");
        vm.setTakeOut(false);
        assertThat(vm.lines().get(0).reduced()).isFalse();
    }

    @Test
    @DisplayName("Charge charges the lines plus the keyed amount (the keypad's department), then starts a new sale")
    void charge() {
        vm.setTakeOut(true);
        vm.quickKey(0);
        type("1000");
        assertThat(vm.getSaleTotal()).isEqualTo("¥1,450");
        assertThat(vm.charge()).isTrue();
        ChargeRequest r = service.requests().get(0);
        assertThat(r.amountYen()).isEqualTo(1450);
        // The keyed amount goes to the first open-price key, the keypad's department: Deli, food.
        assertThat(r.description()).isEqualTo("Latte, Deli");
        assertThat(r.saleLines().orElseThrow().serviceMode()).isEqualTo(ServiceMode.TAKE_OUT);
        assertThat(r.saleLines().orElseThrow().totals().rates()).containsExactly(
                new RateTotal(TaxRate.REDUCED_8, 1450, 1343, 107));
        assertThat(vm.lines()).isEmpty();
        assertThat(vm.takeOutProperty().get()).as("the mode stays for the next customer").isTrue();
    }

    @Test
    @DisplayName("exclusive prices: the charge adds the tax")
    void exclusive() {
        vm = viewModel(new TaxPolicy(TaxPricing.EXCLUSIVE, TaxRounding.DOWN));
        vm.quickKey(1);
        assertThat(vm.getSaleTotal()).isEqualTo("¥1,650");
        vm.charge();
        assertThat(service.requests().get(0).amountYen()).isEqualTo(1650);
    }

    @Test
    @DisplayName("pre-authorize takes a keyed amount only, never lines")
    void preAuthorize() {
        vm.quickKey(0);
        type("500");
        assertThat(vm.preAuthorize()).isFalse();
        assertThat(vm.statusProperty().get().text()).contains("Pre-authorize takes an amount only");
        assertThat(service.requests()).isEmpty();
    }
}
