package dev.kaikei.ui;

import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.ui.charge.ChargeView;
import dev.kaikei.ui.charge.ChargeViewModel;
import dev.kaikei.ui.checkout.CashierStatusView;
import dev.kaikei.ui.checkout.CheckoutViewModel;
import dev.kaikei.ui.checkout.CustomerIdleView;
import dev.kaikei.ui.checkout.CustomerView;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.Navigator;
import dev.kaikei.ui.common.QrRenderer;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.TrainingBand;
import dev.kaikei.ui.common.UiContext;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The cashier's window: a navigation rail (Charge now; History, End of day and Settings to come) around the current
 * screen, and the customer display — on its own screen when there is one, else inside this window.
 */
public final class MainWindow implements Navigator {

    /** The sections of the navigation rail; a section without a registered screen shows as "coming soon". */
    public enum Section {
        CHARGE("nav.charge"), HISTORY("nav.history"), END_OF_DAY("nav.endOfDay"), SETTINGS("nav.settings");

        private final String messageKey;

        Section(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Stage stage;
    private final UiServices services;
    private final UiContext ui;
    private final Messages messages;
    private final Optional<Stage> customerStage;
    private final QrRenderer qrRenderer = new QrRenderer();
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final VBox navRail = new VBox();
    private final Node trainingBand;
    private final Map<Section, Node> screens = new EnumMap<>(Section.class);
    private final ChargeViewModel chargeViewModel;
    private final ChargeView chargeView;
    private final Scene scene;
    private CheckoutViewModel checkout;

    public MainWindow(Stage stage, UiServices services, UiContext ui, Optional<Stage> customerStage) {
        this.stage = stage;
        this.services = services;
        this.ui = ui;
        this.messages = ui.messages();
        this.customerStage = customerStage;
        this.chargeViewModel = new ChargeViewModel(services.checkouts(), services.recentPayments(), ui.tasks(), this,
                messages, services.preAuthEnabled());
        this.chargeView = new ChargeView(chargeViewModel, messages);
        screens.put(Section.CHARGE, chargeView);

        trainingBand = services.training() ? TrainingBand.create(messages) : null;
        navRail.getStyleClass().add("nav-rail");
        navRail.setId("nav-rail");
        buildNavigation();
        root.setLeft(navRail);
        root.setCenter(content);
        content.setId("content");

        scene = new Scene(root, 1180, 760);
        Theme.style(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setTitle(messages.format("app.title", services.storeName()));
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(640);

        customerStage.ifPresent(customer -> {
            Scene customerScene = new Scene(new StackPane(), 1280, 800);
            Theme.style(customerScene);
            customer.setScene(customerScene);
            customer.setTitle(services.storeName());
        });
        showCharge();
    }

    private void buildNavigation() {
        ToggleGroup group = new ToggleGroup();
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(messages.get(section.messageKey));
            button.setId("nav-" + section.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setToggleGroup(group);
            button.setFocusTraversable(false);
            Node screen = screens.get(section);
            if (screen == null) {
                button.setDisable(true);
                button.setTooltip(new Tooltip(messages.get("nav.comingSoon")));
            } else {
                button.setOnAction(e -> show(screen));
                button.setSelected(section == Section.CHARGE);
            }
            navRail.getChildren().add(button);
        }
        // A selected toggle must stay selected: clicking it again would leave the rail with no section.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                group.selectToggle(old);
            }
        });
    }

    /** Shows the windows (the customer display first, so the cashier window ends up focused). */
    public void show() {
        customerStage.ifPresent(Stage::show);
        stage.show();
        chargeView.focusAmount();
    }

    @Override
    public void showCheckout(Checkout running, ChargeRequest request) {
        closeCheckout();
        checkout = new CheckoutViewModel(running, request, services.checkouts(), ui, this, services.storeName(),
                services.training(), services.autoReturnAfter());
        if (customerStage.isPresent()) {
            customerStage.get().getScene().setRoot(new CustomerView(checkout, messages, qrRenderer, ui.tasks(), false));
            show(new CashierStatusView(checkout, messages));
        } else {
            // One screen: the customer view (with its own training band) takes the whole window, plus cashier buttons.
            root.setLeft(null);
            root.setTop(null);
            show(new CustomerView(checkout, messages, qrRenderer, ui.tasks(), true));
        }
        checkout.start();
    }

    @Override
    public void showCharge() {
        closeCheckout();
        root.setLeft(navRail);
        root.setTop(trainingBand);
        show(chargeView);
        customerStage.ifPresent(customer -> customer.getScene().setRoot(
                new CustomerIdleView(services.storeName(), services.training(), messages)));
        chargeViewModel.refreshRecent();
        chargeView.focusAmount();
    }

    /** Stops following any running checkout (the engine carries on with it); call when the window closes. */
    public void close() {
        closeCheckout();
    }

    private void show(Node screen) {
        content.getChildren().setAll(screen);
    }

    private void closeCheckout() {
        if (checkout != null) {
            checkout.close();
            checkout = null;
        }
    }

    private void onKey(KeyEvent event) {
        boolean used;
        if (checkout != null) {
            used = event.getCode() == KeyCode.ESCAPE;
            if (used) {
                checkout.escape();
            }
        } else {
            used = chargeView.handleKey(event);
        }
        if (used) {
            event.consume();
        }
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    public ChargeViewModel chargeViewModel() {
        return chargeViewModel;
    }

    /** The checkout on screen, if any. */
    public Optional<CheckoutViewModel> checkout() {
        return Optional.ofNullable(checkout);
    }
}
