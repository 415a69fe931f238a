package dev.kaikei.ui;

import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.ui.charge.ChargeView;
import dev.kaikei.ui.charge.ChargeViewModel;
import dev.kaikei.ui.checkout.CashierStatusView;
import dev.kaikei.ui.checkout.CheckoutViewModel;
import dev.kaikei.ui.checkout.CustomerIdleView;
import dev.kaikei.ui.checkout.CustomerView;
import dev.kaikei.ui.common.ManagerGate;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.Navigator;
import dev.kaikei.ui.common.PinDialog;
import dev.kaikei.ui.common.PinGuard;
import dev.kaikei.ui.common.PinPrompt;
import dev.kaikei.ui.common.QrRenderer;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.UiContext;
import dev.kaikei.ui.common.Watermark;
import dev.kaikei.ui.customers.CustomersView;
import dev.kaikei.ui.customers.CustomersViewModel;
import dev.kaikei.ui.customers.FxConfirmDialog;
import dev.kaikei.ui.endofday.EndOfDayView;
import dev.kaikei.ui.endofday.EndOfDayViewModel;
import dev.kaikei.ui.endofday.ExportTarget;
import dev.kaikei.ui.endofday.FileChooserExportTarget;
import dev.kaikei.ui.history.HistoryView;
import dev.kaikei.ui.history.HistoryViewModel;
import dev.kaikei.ui.settings.SettingsView;
import dev.kaikei.ui.settings.SettingsViewModel;
import dev.kaikei.ui.settings.SupportBundleViewModel;
import dev.kaikei.ui.settings.SupportBundleWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cashier's window: a navigation rail (Charge, History, End of day, Settings) around the current screen, and the
 * customer display — on its own screen when there is one, else inside this window. Choosing another language in
 * Settings rebuilds every screen in it, without a restart.
 */
public final class MainWindow implements Navigator {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);

    /** The sections of the navigation rail; a section whose services are missing stays disabled. */
    public enum Section {
        CHARGE("nav.charge"), HISTORY("nav.history"), END_OF_DAY("nav.endOfDay"), CUSTOMERS("nav.customers"),
        SETTINGS("nav.settings");

        private final String messageKey;

        Section(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    /** How the window asks the manager for a PIN and the cashier for a file; tests script them. */
    public record Dialogs(Function<Messages, PinPrompt> pinPrompt, Function<Messages, ExportTarget> exportTarget) {
    }

    private final Stage stage;
    private final UiServices services;
    private final Optional<Stage> customerStage;
    private final Dialogs dialogs;
    private final PinGuard pins;
    private final Watermark watermark;
    private final QrRenderer qrRenderer = new QrRenderer();
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final VBox navRail = new VBox();
    private final Scene scene;
    private final Map<Section, Node> screens = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> navButtons = new EnumMap<>(Section.class);

    private UiContext ui;
    private Messages messages;
    private Node trainingBand;
    private ChargeViewModel chargeViewModel;
    private ChargeView chargeView;
    private HistoryViewModel historyViewModel;
    private EndOfDayViewModel endOfDayViewModel;
    private SettingsViewModel settingsViewModel;
    private CustomersView customersView;
    private CheckoutViewModel checkout;
    private Section current = Section.CHARGE;

    public MainWindow(Stage stage, UiServices services, UiContext ui, Optional<Stage> customerStage) {
        this(stage, services, ui, customerStage, new Dialogs(m -> new PinDialog(m, stage),
                m -> new FileChooserExportTarget(m, stage)));
    }

    public MainWindow(Stage stage, UiServices services, UiContext ui, Optional<Stage> customerStage,
                      Dialogs dialogs) {
        this.stage = stage;
        this.services = services;
        this.ui = ui;
        this.messages = ui.messages();
        this.customerStage = customerStage;
        this.dialogs = dialogs;
        this.pins = new PinGuard(services.managerPinHash(), services.training());
        this.watermark = Watermark.of(services.mode());

        navRail.getStyleClass().add("nav-rail");
        navRail.setId("nav-rail");
        root.setLeft(navRail);
        root.setCenter(content);
        content.setId("content");
        buildScreens();

        scene = new Scene(root, 1180, 760);
        Theme.style(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(640);
        if (kiosk()) {
            lockDown();
        }

        customerStage.ifPresent(customer -> {
            Scene customerScene = new Scene(new StackPane(), 1280, 800);
            Theme.style(customerScene);
            customer.setScene(customerScene);
            customer.setTitle(services.storeName());
        });
        showCharge();
    }

    private boolean kiosk() {
        return services.counter().kiosk();
    }

    /**
     * Kiosk mode: full screen without decorations or a way out by keyboard; closing (Alt+F4, the OS) asks for the
     * manager PIN. The customer display keeps its idle screen between sales, so neither screen is ever blank.
     */
    private void lockDown() {
        if (!stage.isShowing()) {
            stage.initStyle(StageStyle.UNDECORATED);
        }
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setOnCloseRequest(event -> {
            event.consume();
            requestExit();
        });
        LOG.info("Kiosk mode: full screen; exit and Settings need the manager PIN");
    }

    private ManagerGate gate() {
        return new ManagerGate(pins, dialogs.pinPrompt().apply(messages), ui.tasks(), messages);
    }

    /**
     * Closes the window after the manager PIN (kiosk mode) or at once.
     *
     * @return completes with whether the window closed
     */
    public CompletableFuture<Boolean> requestExit() {
        if (!kiosk()) {
            stage.close();
            return CompletableFuture.completedFuture(true);
        }
        return gate().unlock(messages.get("kiosk.exit.title"), messages.get("kiosk.exit.message"), stage::close);
    }

    /** (Re)builds every screen in the current language. */
    private void buildScreens() {
        closeScreens();
        stage.setTitle(messages.format("app.title", services.storeName()));
        trainingBand = watermark.band(messages).orElse(null);
        chargeViewModel = new ChargeViewModel(services.checkouts(), services.recentPayments(), ui.tasks(), this,
                messages, services.preAuthEnabled());
        chargeView = new ChargeView(chargeViewModel, messages);
        screens.clear();
        screens.put(Section.CHARGE, chargeView);
        BackOffice office = services.backOffice();
        office.history().ifPresent(history -> {
            historyViewModel = new HistoryViewModel(history, office.operations(), pins,
                    dialogs.pinPrompt().apply(messages), ui.tasks(), messages, ui.clock());
            screens.put(Section.HISTORY, new HistoryView(historyViewModel, messages));
            endOfDayViewModel = new EndOfDayViewModel(history, dialogs.exportTarget().apply(messages), ui.tasks(),
                    messages, ui.clock());
            screens.put(Section.END_OF_DAY, new EndOfDayView(endOfDayViewModel, messages));
        });
        office.customers().ifPresent(service -> {
            customersView = new CustomersView(new CustomersViewModel(service, ui.tasks(), messages,
                    new FxConfirmDialog(() -> stage, messages)), messages, new QrRenderer(), ui.tasks());
            screens.put(Section.CUSTOMERS, customersView);
        });
        office.settings().ifPresent(store -> {
            settingsViewModel = new SettingsViewModel(store, office.connectionCheck(), pins, ui.tasks(), messages,
                    this::switchLanguage);
            SettingsView settingsView = new SettingsView(settingsViewModel, messages, Screen.getScreens().size());
            office.supportBundle().ifPresent(writer -> settingsView.addAction(supportBundleButton(writer)));
            screens.put(Section.SETTINGS, settingsView);
        });
        buildNavigation();
    }

    private Node supportBundleButton(SupportBundleWriter writer) {
        SupportBundleViewModel vm = new SupportBundleViewModel(writer, ui.tasks(), messages, ui.clock());
        Button button = new Button(messages.get("settings.support.button"));
        button.setId("support-bundle-button");
        button.disableProperty().bind(vm.busyProperty());
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("settings.support.title"));
            chooser.setInitialFileName(vm.suggestedName());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ZIP", "*.zip"));
            Optional.ofNullable(chooser.showSaveDialog(stage)).ifPresent(f -> vm.create(f.toPath()));
        });
        Label status = new Label();
        status.setId("support-bundle-message");
        status.setWrapText(true);
        status.textProperty().bind(vm.messageProperty());
        return new VBox(4, button, status);
    }

    private void buildNavigation() {
        navRail.getChildren().clear();
        navButtons.clear();
        ToggleGroup group = new ToggleGroup();
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(messages.get(section.messageKey));
            button.setId("nav-" + section.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setToggleGroup(group);
            button.setFocusTraversable(false);
            if (screens.containsKey(section)) {
                button.setOnAction(e -> openSection(section));
            } else {
                button.setDisable(true);
                button.setTooltip(new Tooltip(messages.get("nav.notAvailable")));
            }
            navButtons.put(section, button);
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
        if (kiosk()) {
            // Once shown: some platforms (and the headless test toolkit) enter full screen only for a live window.
            stage.setFullScreen(true);
        }
        chargeView.focusAmount();
    }

    /** Brings the cashier window back from the task bar to the front (a second start of the app asked for it). */
    public void bringToFront() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /**
     * Switches the rail to {@code section} (if it is available); in kiosk mode Settings first asks for the manager
     * PIN.
     *
     * @return completes with whether the section is now shown
     */
    public CompletableFuture<Boolean> openSection(Section section) {
        if (section == Section.SETTINGS && kiosk() && current != Section.SETTINGS && screens.containsKey(section)) {
            CompletableFuture<Boolean> opened = gate().unlock(messages.get("kiosk.settings.title"),
                    messages.get("kiosk.settings.message"), () -> showSection(section));
            // A refused PIN leaves the rail on the section the cashier was on.
            opened.thenAccept(ok -> {
                if (!ok) {
                    ui.tasks().ui().execute(() -> navButtons.get(current).setSelected(true));
                }
            });
            return opened;
        }
        showSection(section);
        return CompletableFuture.completedFuture(current == section);
    }

    /** Switches the rail to {@code section} (if it is available), without any PIN. */
    public void showSection(Section section) {
        Node screen = screens.get(section);
        if (screen == null) {
            return;
        }
        if (section == Section.CHARGE) {
            showCharge();
            return;
        }
        leave(current);
        current = section;
        navButtons.get(section).setSelected(true);
        show(screen);
        switch (section) {
            case HISTORY -> historyViewModel.shown();
            case END_OF_DAY -> endOfDayViewModel.load();
            case SETTINGS -> settingsViewModel.load();
            case CUSTOMERS -> customersView.refresh();
            default -> {
            }
        }
    }

    private void leave(Section section) {
        if (section == Section.HISTORY && historyViewModel != null) {
            historyViewModel.hidden();
        }
    }

    /** Rebuilds every screen in {@code locale} and stays on Settings, where the switch was made. */
    public void switchLanguage(Locale locale) {
        Messages next = new Messages(locale);
        if (next.locale().equals(messages.locale())) {
            return;
        }
        LOG.info("Language switched to {}", next.locale());
        messages = next;
        ui = ui.inLanguageOf(next);
        Section was = current;
        buildScreens();
        current = Section.CHARGE;
        if (checkout == null) {
            root.setTop(trainingBand);
            showSection(was);
            if (was == Section.SETTINGS) {
                settingsViewModel.languageSwitched();
            }
        }
    }

    @Override
    public void showCheckout(Checkout running, ChargeRequest request) {
        closeCheckout();
        checkout = new CheckoutViewModel(running, request, services.checkouts(), ui, this, services.storeName(),
                watermark, services.autoReturnAfter());
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
        leave(current);
        current = Section.CHARGE;
        navButtons.get(Section.CHARGE).setSelected(true);
        root.setLeft(navRail);
        root.setTop(trainingBand);
        show(chargeView);
        customerStage.ifPresent(customer -> customer.getScene().setRoot(
                new CustomerIdleView(services.storeName(), watermark, messages)));
        chargeViewModel.refreshRecent();
        chargeView.focusAmount();
    }

    /** Stops following any running checkout (the engine carries on with it); call when the window closes. */
    public void close() {
        closeCheckout();
        closeScreens();
    }

    private void closeScreens() {
        if (historyViewModel != null) {
            historyViewModel.close();
            historyViewModel = null;
        }
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
        boolean used = false;
        if (checkout != null) {
            used = event.getCode() == KeyCode.ESCAPE;
            if (used) {
                checkout.escape();
            }
        } else if (current == Section.CHARGE) {
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

    public Optional<HistoryViewModel> historyViewModel() {
        return Optional.ofNullable(historyViewModel);
    }

    public Optional<SettingsViewModel> settingsViewModel() {
        return Optional.ofNullable(settingsViewModel);
    }

    public Optional<EndOfDayViewModel> endOfDayViewModel() {
        return Optional.ofNullable(endOfDayViewModel);
    }

    /** The UI language now (it changes when the manager switches it in Settings). */
    public Locale locale() {
        return messages.locale();
    }

    /** The checkout on screen, if any. */
    public Optional<CheckoutViewModel> checkout() {
        return Optional.ofNullable(checkout);
    }
}
