package dev.kaikei.ui;

import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.ui.ShellModel.Section;
import dev.kaikei.ui.checkout.CheckoutViewModel;
import dev.kaikei.ui.common.DialogService;
import dev.kaikei.ui.common.FxDialogService;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.Navigator;
import dev.kaikei.config.ManagerPinGuard;
import dev.kaikei.config.WindowMode;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.UiContext;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cashier's window: a navigation rail (Charge, History, End of day, Customers, Settings) around the current
 * screen, and the customer display — on its own screen when there is one, else inside this window. A thin shell: the
 * {@link ShellModel} decides what is shown, the {@link ScreenFactory} builds it, this puts it on the stage. Choosing
 * another language in Settings rebuilds every screen in it, without a restart.
 */
public final class MainWindow implements Navigator {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    /** The smallest window the screens lay out in: a 10-inch tablet at 150 % (853 x 533 logical pixels). */
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 500;

    private final Stage stage;
    private final Optional<Stage> customerStage;
    private final ShellModel model;
    private final ScreenFactory factory;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final VBox navRail = new VBox();
    private final Scene scene;
    private final Map<Section, ToggleButton> navButtons = new EnumMap<>(Section.class);

    private UiContext ui;
    /** The screens built so far: each is built the first time it is shown, so the first frame waits only for Charge. */
    private final Map<Section, SectionScreen> screens = new EnumMap<>(Section.class);
    /** Settings, when next built, says the language switch went through. */
    private boolean settingsAfterLanguageSwitch;
    private Node trainingBand;
    /** The section whose screen is on stage; null after the screens were dropped. */
    private Section shown;
    private CheckoutViewModel checkout;
    private final WindowPlacement placement;

    public MainWindow(Stage stage, UiServices services, UiContext ui, Optional<Stage> customerStage) {
        this(stage, services, ui, customerStage, messages -> new FxDialogService(messages, () -> stage));
    }

    /** @param dialogs the dialogs in a given language (tests script them) */
    public MainWindow(Stage stage, UiServices services, UiContext ui, Optional<Stage> customerStage,
                      Function<Messages, DialogService> dialogs) {
        this.stage = stage;
        this.ui = ui;
        this.customerStage = customerStage;
        ManagerPinGuard pins = services.managerPin();
        this.model = new ShellModel(services, pins, dialogs, ui.tasks(), ui.messages());
        this.factory = new ScreenFactory(services, pins, this, model::switchLanguage, dialogs);

        navRail.getStyleClass().add("nav-rail");
        navRail.setId("nav-rail");
        root.setLeft(navRail);
        root.setCenter(content);
        content.setId("content");
        buildScreens(false);

        // The window fits the screen it opens on (the primary one; the customer display takes another), whatever its
        // size and scaling: maximised on a small screen, full screen in kiosk mode (see WindowPlacement).
        placement = placement(services.counter().window(), model.isKiosk());
        if (stage.getScene() != null) {
            // The window shown before its screens (EarlyWindow): it keeps its scene, size and place.
            scene = stage.getScene();
            scene.setRoot(root);
        } else {
            scene = new Scene(root, placement.bounds().getWidth(), placement.bounds().getHeight());
            stage.setScene(scene);
        }
        Theme.style(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        place(stage, placement);
        if (model.isKiosk()) {
            lockDown();
        }
        customerStage.ifPresent(customer -> {
            Scene customerScene = new Scene(new StackPane(), 1280, 800);
            Theme.style(customerScene);
            customer.setScene(customerScene);
            customer.setTitle(services.storeName());
        });
        model.onShow(this::display);
        model.messagesProperty().addListener((obs, old, now) -> languageSwitched(now));
        model.show(Section.CHARGE);
    }

    /** Where the cashier window goes on the primary screen (the customer display takes another). */
    static WindowPlacement placement(WindowMode mode, boolean kiosk) {
        Screen screen = Screen.getPrimary();
        return WindowPlacement.on(screen.getBounds(), screen.getVisualBounds(), mode, kiosk);
    }

    /** Puts {@code stage} where {@code placement} says; full screen follows once it is shown ({@link #show}). */
    static void place(Stage stage, WindowPlacement placement) {
        Rectangle2D area = placement.bounds();
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        stage.setX(area.getMinX());
        stage.setY(area.getMinY());
        // Smaller than this no screen lays out; never more than the screen itself offers.
        stage.setMinWidth(Math.min(MIN_WIDTH, visual.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, visual.getHeight()));
        stage.setMaximized(placement.maximized());
    }

    /**
     * Kiosk mode: full screen without decorations or a way out by keyboard; closing (Alt+F4, the OS) asks for the
     * manager PIN. The customer display keeps its idle screen between sales, so neither screen is ever blank.
     */
    private void lockDown() {
        kioskStyle(stage);
        stage.setOnCloseRequest(event -> {
            event.consume();
            requestExit();
        });
        LOG.info("Kiosk mode: full screen; exit and Settings need the manager PIN");
    }

    /** A kiosk's window: no decorations (set before it is first shown), and no key or hint that leaves full screen. */
    static void kioskStyle(Stage stage) {
        if (!stage.isShowing()) {
            stage.initStyle(StageStyle.UNDECORATED);
        }
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
    }

    /** Drops the screens built so far; each is built again, in the current language, when next shown. */
    private void buildScreens(boolean afterLanguageSwitch) {
        closeScreens();
        screens.clear();
        settingsAfterLanguageSwitch = afterLanguageSwitch;
        stage.setTitle(model.title());
        trainingBand = factory.trainingBand(ui.messages()).orElse(null);
        buildNavigation();
    }

    private SectionScreen screen(Section section) {
        return screens.computeIfAbsent(section, s -> {
            boolean afterSwitch = s == Section.SETTINGS && settingsAfterLanguageSwitch;
            if (afterSwitch) {
                settingsAfterLanguageSwitch = false;
            }
            return factory.section(s, ui, afterSwitch);
        });
    }

    private void buildNavigation() {
        navRail.getChildren().clear();
        navButtons.clear();
        ToggleGroup group = new ToggleGroup();
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(ui.messages().get(section.messageKey()));
            button.setId(section.navId());
            button.setToggleGroup(group);
            button.setFocusTraversable(false);
            if (model.isAvailable(section)) {
                button.setOnAction(e -> {
                    // The rail mirrors the model: a click only asks; the section lights up once it is shown.
                    syncRail();
                    model.open(section);
                });
            } else {
                button.setDisable(true);
                button.setTooltip(new Tooltip(ui.messages().get("nav.notAvailable")));
            }
            navButtons.put(section, button);
            navRail.getChildren().add(button);
        }
        syncRail();
    }

    private void syncRail() {
        Optional.ofNullable(navButtons.get(model.getSection())).ifPresent(b -> b.setSelected(true));
    }

    /** Puts {@code section}'s screen on stage; the keypad also ends the checkout on screen and idles the customer. */
    private void display(Section section) {
        if (section == Section.CHARGE) {
            closeCheckout();
            customerStage.ifPresent(customer -> customer.getScene().setRoot(
                    factory.customerIdle(ui.messages())));
        }
        if (shown != null && shown != section) {
            screens.get(shown).hidden().run();
        }
        shown = section;
        syncRail();
        root.setLeft(navRail);
        root.setTop(trainingBand);
        SectionScreen screen = screen(section);
        content.getChildren().setAll(screen.view());
        screen.shown().run();
    }

    private void languageSwitched(Messages next) {
        ui = ui.inLanguageOf(next);
        buildScreens(model.getSection() == Section.SETTINGS);
        if (checkout == null) {
            model.show(model.getSection());
        }
    }

    /** Shows the windows (the customer display first, so the cashier window ends up focused). */
    public void show() {
        customerStage.ifPresent(Stage::show);
        stage.show();
        if (placement.fullScreen()) {
            // Once shown: some platforms (and the headless test toolkit) enter full screen only for a live window.
            stage.setFullScreen(true);
        }
        if (shown != null) {
            screens.get(shown).focus().run();
        }
    }

    /** Gives the windows Kaikei's icon (see {@link WindowIdentity}); once they are drawn, as nobody waits for it. */
    public void giveIcon() {
        WindowIdentity.giveIcon(Stream.concat(Stream.of(stage), customerStage.stream()));
    }

    /** Brings the cashier window back from the task bar to the front (a second start of the app asked for it). */
    public void bringToFront() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /**
     * Closes the window after the manager PIN (kiosk mode) or at once.
     *
     * @return completes with whether the window closed
     */
    public CompletableFuture<Boolean> requestExit() {
        return model.requestExit(stage::close);
    }

    /**
     * Switches the rail to {@code section} (if it is available); in kiosk mode Settings first asks for the manager
     * PIN.
     *
     * @return completes with whether the section is now shown
     */
    public CompletableFuture<Boolean> openSection(Section section) {
        return model.open(section);
    }

    @Override
    public void showCheckout(Checkout running, ChargeRequest request) {
        closeCheckout();
        ScreenFactory.CheckoutScreens screensOfCheckout = factory.checkout(ui, running, request,
                customerStage.isPresent());
        checkout = screensOfCheckout.viewModel();
        screensOfCheckout.customer().ifPresentOrElse(
                customer -> customerStage.orElseThrow().getScene().setRoot(customer), () -> {
                    root.setLeft(null);
                    root.setTop(null);
                });
        content.getChildren().setAll(screensOfCheckout.cashier());
        checkout.start();
    }

    @Override
    public void showCharge() {
        model.show(Section.CHARGE);
    }

    /** Stops following any running checkout (the engine carries on with it); call when the window closes. */
    public void close() {
        closeCheckout();
        closeScreens();
    }

    private void closeScreens() {
        screens.values().forEach(s -> s.close().run());
        shown = null;
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
            used = shown != null && screens.get(shown).keys().test(event);
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

    /** The sections whose screens exist now (built when first shown); for tests and diagnostics. */
    Set<Section> builtSections() {
        return Set.copyOf(screens.keySet());
    }

    /** The UI language now (it changes when the manager switches it in Settings). */
    public Locale locale() {
        return model.getMessages().locale();
    }

    /** The checkout on screen, if any. */
    public Optional<CheckoutViewModel> checkout() {
        return Optional.ofNullable(checkout);
    }
}
