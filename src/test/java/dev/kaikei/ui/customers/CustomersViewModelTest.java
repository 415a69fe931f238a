package dev.kaikei.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.payment.CustomerLinkStatus;
import dev.kaikei.payment.LinkProblem;
import dev.kaikei.testing.SimulatedShop;
import dev.kaikei.ui.common.ConfirmDialog;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Customers view model against the real engine and simulator (same-thread executors, no toolkit)")
class CustomersViewModelTest {

    @TempDir
    Path dir;

    private SimulatedShop shop;
    private CustomersViewModel vm;
    private final Deque<Boolean> answers = new ArrayDeque<>();
    private final List<String> questions = new ArrayList<>();

    @BeforeEach
    void open() {
        shop = SimulatedShop.open(dir);
        ConfirmDialog dialog = (String title, String question, String confirm, Consumer<Boolean> answer) -> {
            questions.add(question);
            answer.accept(answers.removeFirst());
        };
        vm = new CustomersViewModel(shop.engine.customers(), TaskRunner.sameThread(), new Messages(Locale.ENGLISH),
                dialog);
        vm.refresh();
    }

    @AfterEach
    void close() {
        shop.close();
    }

    private void link(String reference) {
        vm.linkReferenceProperty().set(reference);
        vm.startLink();
        assertThat(vm.linkUrlProperty().get()).as(vm.getStatus().text()).isNotNull();
        vm.tokenProperty().set(shop.approveLink(vm.linkUrlProperty().get()));
        vm.completeLink();
    }

    @Test
    @DisplayName("link: QR URL, pasted token, listed LINKED and selected")
    void link() {
        link("M-300");
        assertThat(vm.getStatus().text()).isEqualTo("M-300 is linked: direct-debit charges are possible now");
        assertThat(vm.linkUrlProperty().get()).isNull();
        assertThat(vm.customers()).singleElement().satisfies(r -> {
            assertThat(r.linkStatus()).isEqualTo(CustomerLinkStatus.LINKED);
            assertThat(r.statusText()).isEqualTo("Linked");
            assertThat(r.linkedSince()).isNotEmpty();
        });
        assertThat(vm.selectedReferenceProperty().get()).isEqualTo("M-300");
    }

    @Test
    @DisplayName("a bad token shows its own message and links nothing")
    void badToken() {
        vm.linkReferenceProperty().set("M-301");
        vm.startLink();
        vm.tokenProperty().set("garbage");
        vm.completeLink();
        assertThat(vm.getStatus().isProblem()).isTrue();
        assertThat(vm.getStatus().text()).contains("not a PayPay link token");
        assertThat(vm.customers()).singleElement()
                .satisfies(r -> assertThat(r.linkStatus()).isEqualTo(CustomerLinkStatus.LINKING));
        assertThat(vm.linkUrlProperty().get()).isNotNull();
    }

    @Test
    @DisplayName("charge, then a duplicate: no charges nothing, yes charges once more")
    void chargeAndDuplicate() {
        link("M-302");
        assertThat(vm.canChargeProperty().get()).isFalse();
        vm.amountProperty().set("¥1,500");
        assertThat(vm.canChargeProperty().get()).isTrue();
        vm.charge();
        assertThat(vm.getStatus().text()).isEqualTo("Charged ¥1,500 to M-302");
        assertThat(shop.acceptedPayments()).isEqualTo(1);

        answers.add(false);
        vm.amountProperty().set("1500");
        vm.charge();
        assertThat(questions).singleElement().asString().contains("similar payment from M-302")
                .contains("Charge ¥1,500 again?");
        assertThat(vm.getStatus().text()).isEqualTo("Not charged again");
        assertThat(shop.acceptedPayments()).isEqualTo(1);

        answers.add(true);
        vm.charge();
        assertThat(vm.getStatus().text()).isEqualTo("Charged ¥1,500 to M-302");
        assertThat(shop.acceptedPayments()).isEqualTo(2);
    }

    @Test
    @DisplayName("unlink asks first; afterwards the customer cannot be charged")
    void unlink() {
        link("M-303");
        answers.add(false);
        vm.unlink();
        assertThat(vm.customers().get(0).linkStatus()).isEqualTo(CustomerLinkStatus.LINKED);
        answers.add(true);
        vm.unlink();
        assertThat(vm.getStatus().text()).isEqualTo("M-303 is unlinked");
        assertThat(vm.customers().get(0).linkStatus()).isEqualTo(CustomerLinkStatus.UNLINKED);
        vm.amountProperty().set("100");
        assertThat(vm.canChargeProperty().get()).isFalse();
        assertThat(vm.canUnlinkProperty().get()).isFalse();
        vm.charge();
        assertThat(vm.getStatus().text()).startsWith("Not charged: Customer M-303 is unlinked");
        assertThat(shop.acceptedPayments()).isZero();
    }

    @ParameterizedTest
    @EnumSource(LinkProblem.class)
    @DisplayName("every link problem has a message of its own (not the engine's English text)")
    void everyProblemHasAMessage(LinkProblem problem) {
        String key = "customers.problem." + problem.name().toLowerCase(Locale.ROOT);
        assertThat(new Messages(Locale.ENGLISH).has(key)).as(key).isTrue();
    }
}
