package dev.kaikei.ui.settings;

import atlantafx.base.theme.Styles;
import dev.kaikei.config.ConfigKeys;
import dev.kaikei.config.WindowMode;
import dev.kaikei.config.PayPayMode;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StatusLabel;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;

/**
 * The Settings form in two columns (PayPay connection | store, terminal and PIN), one row per setting with its
 * problem underneath; Save stays visible in a bar at the bottom.
 */
public final class SettingsView extends BorderPane {

    private final SettingsViewModel viewModel;
    private final SettingsForm values;
    private final Messages messages;
    private GridPane form;
    private int row;

    private final HBox actions;

    public SettingsView(SettingsViewModel viewModel, Messages messages, int screenCount) {
        this.viewModel = viewModel;
        this.values = viewModel.form();
        this.messages = messages;
        getStyleClass().add("settings-view");
        setId("settings-view");
        Theme.styleNextTo(this, SettingsView.class);

        GridPane left = grid();
        form = left;
        section("settings.section.paypay");
        ComboBox<PayPayMode> mode = combo("settings-env", SettingsForm.MODES,
                m -> messages.get("settings.env." + m.name().toLowerCase(Locale.ROOT)));
        mode.valueProperty().bindBidirectional(values.modeProperty());
        field("settings.env", mode, ConfigKeys.ENV, messages.get("settings.env.hint"));
        TextField apiKey = text("settings-api-key");
        apiKey.textProperty().bindBidirectional(values.apiKeyProperty());
        field("settings.apiKey", apiKey, ConfigKeys.API_KEY, null);
        PasswordField secret = new PasswordField();
        secret.setId("settings-api-secret");
        secret.textProperty().bindBidirectional(values.apiSecretProperty());
        secret.promptTextProperty().bind(Bindings.when(values.secretSavedProperty())
                .then(messages.get("settings.apiSecret.keep")).otherwise(messages.get("settings.apiSecret.none")));
        field("settings.apiSecret", secret, ConfigKeys.API_SECRET, null);
        TextField merchant = text("settings-merchant-id");
        merchant.textProperty().bindBidirectional(values.merchantIdProperty());
        field("settings.merchantId", merchant, ConfigKeys.MERCHANT_ID, null);
        TextField linkRedirect = text("settings-link-redirect-url");
        linkRedirect.setPromptText("https://");
        linkRedirect.textProperty().bindBidirectional(values.linkRedirectUrlProperty());
        field("settings.linkRedirectUrl", linkRedirect, ConfigKeys.LINK_REDIRECT_URL,
                messages.get("settings.linkRedirectUrl.hint"));

        Button test = new Button(messages.get("settings.check.button"));
        test.setId("test-connection-button");
        test.disableProperty().bind(viewModel.connection().checkingProperty());
        test.setVisible(viewModel.connection().isAvailable());
        VBox checkLines = new VBox(4);
        checkLines.setId("check-results");
        viewModel.connection().lines().addListener((ListChangeListener<StatusMessage>) c -> checkLines.getChildren()
                .setAll(viewModel.connection().lines().stream().map(this::checkLine).toList()));
        test.setOnAction(e -> viewModel.testConnection());
        form.add(new VBox(8, test, checkLines), 1, row++);

        GridPane right = grid();
        form = right;
        row = 0;
        section("settings.section.store");
        TextField store = text("settings-store-name");
        store.textProperty().bindBidirectional(values.storeNameProperty());
        field("settings.storeName", store, ConfigKeys.STORE_NAME, null);
        TextField storeId = text("settings-store-id");
        storeId.textProperty().bindBidirectional(values.storeIdProperty());
        field("settings.storeId", storeId, ConfigKeys.STORE_ID, messages.get("settings.storeId.hint"));
        TextField terminal = text("settings-terminal-id");
        terminal.textProperty().bindBidirectional(values.terminalIdProperty());
        field("settings.terminalId", terminal, ConfigKeys.TERMINAL_ID, messages.get("settings.terminalId.hint"));
        ComboBox<Integer> poll = combo("settings-poll", SettingsForm.POLL_SECONDS,
                s -> messages.format("settings.poll.seconds", s));
        poll.valueProperty().bindBidirectional(values.pollSecondsProperty());
        field("settings.poll", poll, ConfigKeys.POLL_INTERVAL, null);
        List<String> screens = new ArrayList<>(List.of(SettingsForm.AUTO_SCREEN));
        for (int i = 0; i < Math.max(screenCount, 2); i++) {
            screens.add(String.valueOf(i));
        }
        ComboBox<String> screen = combo("settings-customer-screen", screens,
                s -> SettingsForm.AUTO_SCREEN.equals(s) ? messages.get("settings.customerScreen.auto")
                        : messages.format("settings.customerScreen.number", Integer.parseInt(s) + 1));
        screen.valueProperty().bindBidirectional(values.customerScreenProperty());
        field("settings.customerScreen", screen, ConfigKeys.CUSTOMER_SCREEN, null);
        ComboBox<WindowMode> window = combo("settings-window", List.of(WindowMode.values()),
                m -> messages.get("settings.window." + m.name().toLowerCase(Locale.ROOT)));
        window.valueProperty().bindBidirectional(values.windowProperty());
        field("settings.window", window, ConfigKeys.WINDOW_MODE, messages.get("settings.window.hint"));
        // Two languages: one tap on a segment, not a list to open (touch first).
        field("settings.language", segmented("settings-language", List.of("ja", "en"),
                l -> messages.get("settings.language." + l), values.languageProperty()), ConfigKeys.LOCALE, null);
        field("settings.preAuth", toggle("settings-pre-auth", messages.get("settings.preAuth.label"),
                values.preAuthProperty()), ConfigKeys.PRE_AUTH_ENABLED, null);

        section("settings.section.sales");
        for (String key : SettingsForm.SALES_KEYS) {
            String id = "settings-" + key.replace('.', '-');
            List<String> choices = SettingsForm.SALES_CHOICES.get(key);
            Node control;
            if (choices == null) {
                TextField f = text(id);
                f.textProperty().bindBidirectional(values.salesProperty(key));
                control = f;
            } else {
                ComboBox<String> c = combo(id, choices, v -> messages.get("settings.value." + v));
                c.valueProperty().bindBidirectional(values.salesProperty(key));
                control = c;
            }
            field("settings." + key, control, key, messages.has("settings." + key + ".hint")
                    ? messages.get("settings." + key + ".hint") : null);
        }

        section("settings.section.pin");
        PasswordField pin = new PasswordField();
        pin.setId("settings-new-pin");
        pin.textProperty().bindBidirectional(viewModel.pin().newPinProperty());
        pin.promptTextProperty().bind(Bindings.when(viewModel.pin().pinSetProperty())
                .then(messages.get("settings.pin.change")).otherwise(messages.get("settings.pin.none")));
        PasswordField again = new PasswordField();
        again.setId("settings-confirm-pin");
        again.setPromptText(messages.get("settings.pin.again"));
        again.textProperty().bindBidirectional(viewModel.pin().confirmPinProperty());
        field("settings.pin", new VBox(8, pin, again), SettingsViewModel.PIN, messages.get("settings.pin.hint"));

        Button save = new Button(messages.get("settings.save"));
        save.setId("settings-save");
        save.getStyleClass().addAll(Styles.ACCENT, "command");
        save.disableProperty().bind(viewModel.busyProperty());
        save.setOnAction(e -> viewModel.save());
        Label message = new StatusLabel("settings-message", "settings-message", viewModel.statusProperty());
        actions = new HBox(16, save, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add("settings-actions");
        HBox.setHgrow(message, Priority.ALWAYS);
        // Two columns where they fit at full width, else one under the other (a tablet, a large scaling): every
        // field keeps its text whole, and the form scrolls.
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox columns = new HBox(24, left, right);
        VBox stacked = new VBox(24);
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            boolean wide = now.getWidth() >= 2 * left.prefWidth(-1) + 24;
            Pane wanted = wide ? columns : stacked;
            if (scroll.getContent() != wanted) {
                wanted.getChildren().setAll(left, right);
                scroll.setContent(wanted);
            }
        });
        scroll.getStyleClass().add("settings-scroll");
        setCenter(scroll);
        setBottom(actions);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.getStyleClass().add("settings-form");
        ColumnConstraints labels = new ColumnConstraints(120, 150, 200);
        ColumnConstraints fields = new ColumnConstraints(200, 300, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    private void section(String key) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("section-title");
        form.add(title, 0, row++, 2, 1);
    }

    private void field(String key, Node control, String errorKey, String hint) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("field-label");
        Label error = new Label();
        error.setId("error-" + errorKey.replace('.', '-'));
        error.getStyleClass().addAll("field-error", "tone-danger");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty(errorKey));
        error.visibleProperty().bind(error.textProperty().isEmpty().not());
        error.managedProperty().bind(error.visibleProperty());
        VBox box = new VBox(4, control);
        if (hint != null) {
            Label h = new Label(hint);
            h.getStyleClass().addAll("field-hint", "muted");
            h.setWrapText(true);
            box.getChildren().add(h);
        }
        box.getChildren().add(error);
        GridPane.setValignment(label, VPos.TOP);
        form.add(label, 0, row);
        form.add(box, 1, row++);
    }

    private static TextField text(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static <T> ComboBox<T> combo(String id, List<T> items, Function<T, String> label) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.getItems().setAll(items);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return c;
    }

    /** An on/off setting as a ControlsFX switch, its sentence beside it (wrapped, and a tap on it toggles too). */
    private static Node toggle(String id, String text, BooleanProperty value) {
        ToggleSwitch toggle = new ToggleSwitch();
        toggle.setId(id);
        toggle.selectedProperty().bindBidirectional(value);
        Label label = new Label(text);
        label.setWrapText(true);
        label.setOnMouseClicked(e -> toggle.setSelected(!toggle.isSelected()));
        HBox row = new HBox(10, toggle, label);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * A choice among a few values as ControlsFX segments, kept in step with {@code value} both ways; one segment is
     * always chosen (tapping the chosen one again keeps it).
     */
    private static <T> SegmentedButton segmented(String id, List<T> items, Function<T, String> label,
                                                 ObjectProperty<T> value) {
        SegmentedButton segments = new SegmentedButton();
        segments.setId(id);
        for (T item : items) {
            ToggleButton b = new ToggleButton(label.apply(item));
            b.setUserData(item);
            b.setId(id + "-" + item);
            segments.getButtons().add(b);
        }
        Runnable showValue = () -> segments.getButtons().forEach(b -> b.setSelected(b.getUserData().equals(
                value.get())));
        segments.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                showValue.run();
            } else {
                @SuppressWarnings("unchecked")
                T chosen = (T) now.getUserData();
                value.set(chosen);
            }
        });
        value.addListener((obs, old, now) -> showValue.run());
        showValue.run();
        return segments;
    }

    private Node checkLine(StatusMessage line) {
        Label l = new Label(line.text());
        l.setWrapText(true);
        l.getStyleClass().addAll("check-line", line.tone().styleClass());
        return l;
    }

    /** Adds a button to the bar beside Save (e.g. "Support bundle"), before the status message. */
    public void addAction(Node node) {
        actions.getChildren().add(1, node);
    }
}
