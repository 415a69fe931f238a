package dev.kaikei.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.payment.CustomerLinkStatus;
import dev.kaikei.testing.SimulatedShop;
import dev.kaikei.ui.common.AppExecutors;
import dev.kaikei.ui.common.FxDialogService;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.QrRenderer;
import dev.kaikei.ui.common.QrView;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.UiExecutor;
import dev.kaikei.ui.testing.ImageDecoding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

@DisplayName("Customers screen (headless) against the real engine and simulator")
class CustomersViewTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private SimulatedShop shop;
    private AppExecutors background;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Awaitility.setDefaultPollDelay(Duration.ZERO);
        Awaitility.setDefaultPollInterval(Duration.ofMillis(20));
        Awaitility.setDefaultTimeout(Duration.ofSeconds(10));
    }

    @AfterAll
    static void resetAwaitility() {
        Awaitility.reset();
    }

    @BeforeEach
    void open() throws Exception {
        shop = SimulatedShop.open(dir);
        background = new AppExecutors(2);
        FxToolkit.setupFixture(() -> {
            Theme.installUserAgentStylesheet();
            Messages messages = new Messages(Locale.ENGLISH);
            TaskRunner tasks = new TaskRunner(background, UiExecutor.fxThread());
            stage = new Stage();
            CustomersViewModel vm = new CustomersViewModel(shop.engine.customers(), tasks, messages,
                    new FxDialogService(messages, () -> stage));
            CustomersView view = new CustomersView(vm, messages, new QrRenderer());
            Scene scene = new Scene(view, 1280, 800);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
            view.refresh();
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        background.close();
        shop.close();
    }

    private static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String text(String query) {
        return fx(() -> ((Labeled) robot.lookup(query).query()).getText());
    }

    private void type(String query, String value) {
        fx(() -> {
            robot.lookup(query).queryAs(TextField.class).setText(value);
            return null;
        });
    }

    private void awaitMessage(String expected) {
        await().until(() -> expected.equals(text("#customers-message")));
    }

    private Optional<CustomerLinkStatus> status(int row) {
        return fx(() -> {
            @SuppressWarnings("unchecked")
            TableView<CustomersViewModel.CustomerRow> table = robot.lookup("#customers-table").queryAs(TableView.class);
            return table.getItems().size() > row ? Optional.of(table.getItems().get(row).linkStatus())
                    : Optional.empty();
        });
    }

    private Optional<Scene> dialog() {
        return fx(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing())
                .map(Window::getScene).filter(s -> s != null && s.lookup("#confirm-dialog") != null).findFirst());
    }

    private static WritableImage screenshot(Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = fx(() -> scene.snapshot(null));
        ImageDecoding.savePng(image, name);
        return image;
    }

    private void clickDialog(String buttonId) {
        await().until(() -> dialog().isPresent());
        Node button = fx(() -> dialog().orElseThrow().lookup(buttonId));
        robot.clickOn(button);
        await().until(() -> dialog().isEmpty());
    }

    @Test
    @DisplayName("link via pasted token, charge, duplicate confirmation, unlink")
    void wholeFlow() {
        type("#link-reference", "M-400");
        type("#link-phone", "090-1111-2222");
        robot.clickOn("#link-button");
        await().until(() -> fx(() -> robot.lookup("#link-qr").queryAs(QrView.class).isShowingCode()));
        WritableImage linkShot = screenshot(stage.getScene(), "customers-link");
        String url = fx(() -> robot.lookup("#link-qr").queryAs(QrView.class).contentProperty().get());
        assertThat(ImageDecoding.decodeQr(fx(() -> robot.lookup("#link-qr").queryAs(QrView.class).imageView()
                .getImage()))).isEqualTo(url);
        assertThat(linkShot.getWidth()).isEqualTo(1280);
        assertThat(status(0)).contains(CustomerLinkStatus.LINKING);

        type("#link-token", shop.approveLink(url));
        robot.clickOn("#complete-link-button");
        awaitMessage("M-400 is linked: direct-debit charges are possible now");
        await().until(() -> status(0).equals(Optional.of(CustomerLinkStatus.LINKED)));
        assertThat(text("#charge-customer-label")).isEqualTo("Customer: M-400");

        type("#charge-amount", "2400");
        robot.clickOn("#charge-customer-button");
        awaitMessage("Charged ¥2,400 to M-400");
        screenshot(stage.getScene(), "customers-charged");
        assertThat(shop.acceptedPayments()).isEqualTo(1);

        type("#charge-amount", "2400");
        robot.clickOn("#charge-customer-button");
        await().until(() -> dialog().isPresent());
        screenshot(dialog().orElseThrow(), "customers-duplicate");
        assertThat(fx(() -> ((Labeled) dialog().orElseThrow().lookup("#confirm-yes")).getText()))
                .isEqualTo("Charge again");
        // The question lists the customer's recent payments from the journal, to compare with.
        assertThat(fx(() -> ((javafx.scene.control.DialogPane) dialog().orElseThrow().lookup("#confirm-dialog"))
                .getContentText())).contains("Recent payments of M-400:").containsPattern("¥2,400\\s+Paid");
        clickDialog("#confirm-no");
        awaitMessage("Not charged again");
        assertThat(shop.acceptedPayments()).isEqualTo(1);

        robot.clickOn("#charge-customer-button");
        clickDialog("#confirm-yes");
        awaitMessage("Charged ¥2,400 to M-400");
        assertThat(shop.acceptedPayments()).isEqualTo(2);

        robot.clickOn("#unlink-button");
        clickDialog("#confirm-yes");
        awaitMessage("M-400 is unlinked");
        await().until(() -> status(0).equals(Optional.of(CustomerLinkStatus.UNLINKED)));
        screenshot(stage.getScene(), "customers-unlinked");
        assertThat(fx(() -> robot.lookup("#charge-customer-button").query().isDisabled())).isTrue();
        assertThat(fx(() -> robot.lookup("#unlink-button").query().isDisabled())).isTrue();
    }

    @Test
    @DisplayName("a charge PayPay may have taken blocks the next one: nothing is sent, the open charge is listed")
    void unresolvedChargeBlocksTheNext() {
        type("#link-reference", "M-401");
        robot.clickOn("#link-button");
        await().until(() -> fx(() -> robot.lookup("#link-qr").queryAs(QrView.class).isShowingCode()));
        String url = fx(() -> robot.lookup("#link-qr").queryAs(QrView.class).contentProperty().get());
        type("#link-token", shop.approveLink(url));
        robot.clickOn("#complete-link-button");
        awaitMessage("M-401 is linked: direct-debit charges are possible now");

        shop.sim.faults().add(dev.kaikei.simulator.FaultRule.next(1, dev.kaikei.simulator.Operation.CREATE_PAYMENT,
                dev.kaikei.simulator.FaultKind.COMMIT_THEN_FAIL));
        shop.sim.faults().add(dev.kaikei.simulator.FaultRule.next(10_000, dev.kaikei.simulator.Operation.GET_PAYMENT,
                dev.kaikei.simulator.FaultKind.HTTP_503));
        type("#charge-amount", "1800");
        robot.clickOn("#charge-customer-button");
        await().until(() -> text("#customers-message").contains("Do not charge again"));

        robot.clickOn("#charge-customer-button");
        await().until(() -> text("#customers-message").startsWith("Not charged: an earlier charge of M-401"));
        assertThat(text("#customers-message")).contains("Still being checked:").containsPattern("¥1,800");
        screenshot(stage.getScene(), "customers-unresolved");
        assertThat(dialog()).as("no 'charge again?' question").isEmpty();
        assertThat(shop.acceptedPayments()).isEqualTo(1);
    }
}
