package dev.kaikei.ui.charge;

import atlantafx.base.theme.Styles;
import dev.kaikei.sale.QuickKey;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StateText;
import dev.kaikei.ui.common.StatusLabel;
import dev.kaikei.ui.common.StyleClasses;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.Yen;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * The cashier's amount screen: a large touch keypad, the amount in yen, an optional description, Charge (and
 * Pre-authorize when enabled) and the strip of recent payments. Only binds to {@link ChargeViewModel}.
 */
public final class ChargeView extends VBox {

    private static final int LONG_AMOUNT = "¥9,999,999".length();

    private final ChargeViewModel viewModel;
    private final Messages messages;
    private final Label amountDisplay = new Label();
    private final HBox recentCards = new HBox();
    private final Optional<CashViewModel> cash;

    public ChargeView(ChargeViewModel viewModel, Messages messages) {
        this(viewModel, Optional.empty(), messages);
    }

    /** With cash: a Cash key beside Charge, and the cash panel in place of the keypad while paying in cash. */
    public ChargeView(ChargeViewModel viewModel, Optional<CashViewModel> cash, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.cash = cash;
        getStyleClass().add("charge-view");
        setId("charge-view");
        Theme.styleNextTo(this, ChargeView.class);

        HBox main = new HBox(amountPanel(), keypad());
        if (!viewModel.quickKeys().isEmpty()) {
            main.getChildren().add(0, quickKeys());
        }
        main.setSpacing(16);
        VBox.setVgrow(main, Priority.ALWAYS);
        Node recent = recentStrip();
        getChildren().addAll(main, recent);
        cash.ifPresent(c -> {
            CashPanel panel = new CashPanel(c, messages);
            VBox.setVgrow(panel, Priority.ALWAYS);
            c.stepProperty().addListener((obs, was, now) -> {
                if (now == CashViewModel.Step.CLOSED) {
                    getChildren().setAll(main, recent);
                    focusAmount();
                } else if (was == CashViewModel.Step.CLOSED) {
                    getChildren().setAll(panel);
                }
            });
        });
    }

    private Node amountPanel() {
        Label caption = new Label(messages.get("charge.amount.label"));
        caption.getStyleClass().add("amount-label");

        amountDisplay.getStyleClass().add("amount-display");
        amountDisplay.setId("amount-display");
        amountDisplay.textProperty().bind(viewModel.amountTextProperty());
        amountDisplay.setFocusTraversable(true);
        amountDisplay.setMinHeight(Region.USE_PREF_SIZE);
        // Eleven digits with separators do not fit at full size: step the type down rather than cut digits off.
        amountDisplay.textProperty().addListener((obs, old, now) ->
                StyleClasses.toggle(amountDisplay, "long", now.length() > LONG_AMOUNT));

        TextField description = new TextField();
        description.getStyleClass().add("description-field");
        description.setId("description-field");
        description.setPromptText(messages.get("charge.description.prompt"));
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        description.setOnAction(e -> viewModel.charge());

        Label message = new StatusLabel("charge-message", "charge-message", viewModel.statusProperty());

        VBox panel = new VBox(caption, amountDisplay, description, message, salePanel());
        panel.getStyleClass().add("amount-panel");
        if (viewModel.isPreAuthEnabled()) {
            Button preAuth = new Button(messages.get("charge.button.preAuthorize"));
            preAuth.setId("pre-authorize-button");
            preAuth.getStyleClass().add("command");
            preAuth.setFocusTraversable(false);
            preAuth.disableProperty().bind(viewModel.canChargeProperty().not());
            preAuth.setOnAction(e -> viewModel.preAuthorize());
            panel.getChildren().add(preAuth);
        }
        // It takes what the keys leave (it grows), and gives way first on a small screen, down to the amount's width.
        HBox.setHgrow(panel, Priority.ALWAYS);
        panel.setMinWidth(230);
        panel.setPrefWidth(260);
        return panel;
    }

    /** The grid of quick keys: items with their price, open-price departments with their name only. */
    private Node quickKeys() {
        TilePane grid = new TilePane();
        grid.getStyleClass().add("quick-keys");
        grid.setId("quick-keys");
        grid.setPrefColumns(2);
        grid.setHgap(8);
        grid.setVgap(8);
        List<QuickKey> keys = viewModel.quickKeys();
        for (int i = 0; i < keys.size(); i++) {
            QuickKey k = keys.get(i);
            int index = i;
            Button b = key(k.name() + (k.isOpenPrice() ? "" : "\n" + Yen.format(k.price().getAsLong())),
                    "quick-" + i, () -> viewModel.quickKey(index));
            b.getStyleClass().add("quick-key");
            b.setPrefSize(132, 72);
            b.setWrapText(true);
            grid.getChildren().add(b);
        }
        Label title = new Label(messages.get("charge.quickKeys.title"));
        title.getStyleClass().add("amount-label");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox box = new VBox(8, title, scroll);
        // Two columns of keys where the screen has the room, one on a small tablet (the keypad and Charge never go).
        box.setMinWidth(150);
        box.setPrefWidth(290);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return box;
    }

    /** The sale: its lines with delete buttons, eat-in / take-out, totals per rate and the total. */
    private Node salePanel() {
        VBox rows = new VBox(4);
        rows.setId("sale-lines");
        viewModel.lines().addListener((ListChangeListener<SaleLineRow>) c -> showLines(rows));
        showLines(rows);

        ToggleGroup group = new ToggleGroup();
        ToggleButton eatIn = new ToggleButton(messages.get("charge.sale.eatIn"));
        eatIn.setId("eat-in");
        ToggleButton takeOut = new ToggleButton(messages.get("charge.sale.takeOut"));
        takeOut.setId("take-out");
        for (ToggleButton t : List.of(eatIn, takeOut)) {
            t.setToggleGroup(group);
            t.setFocusTraversable(false);
            t.setMinHeight(44);
        }
        eatIn.setSelected(!viewModel.takeOutProperty().get());
        takeOut.setSelected(viewModel.takeOutProperty().get());
        viewModel.takeOutProperty().addListener((obs, old, now) -> {
            eatIn.setSelected(!now);
            takeOut.setSelected(now);
        });
        eatIn.setOnAction(e -> viewModel.setTakeOut(false));
        takeOut.setOnAction(e -> viewModel.setTakeOut(true));
        HBox mode = new HBox(0, eatIn, takeOut);
        mode.getStyleClass().add("service-mode");

        Label rates = new Label();
        rates.setId("rate-totals");
        rates.getStyleClass().add("muted");
        rates.setWrapText(true);
        rates.textProperty().bind(viewModel.rateTotalsProperty());
        Label totalCaption = new Label(messages.get("charge.sale.total"));
        totalCaption.getStyleClass().add("amount-label");
        Label total = new Label();
        total.setId("sale-total");
        total.getStyleClass().add("sale-total");
        total.textProperty().bind(viewModel.saleTotalProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox totalRow = new HBox(8, totalCaption, spacer, total);
        totalRow.setAlignment(Pos.BASELINE_LEFT);

        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(150);
        scroll.getStyleClass().add("edge-to-edge");
        VBox panel = new VBox(8, mode, scroll, rates, totalRow);
        panel.getStyleClass().add("sale-panel");
        panel.setId("sale-panel");
        return panel;
    }

    private void showLines(VBox rows) {
        rows.getChildren().clear();
        if (viewModel.lines().isEmpty()) {
            Label none = new Label(messages.get("charge.sale.empty"));
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            rows.getChildren().add(none);
            return;
        }
        for (int i = 0; i < viewModel.lines().size(); i++) {
            SaleLineRow line = viewModel.lines().get(i);
            int index = i;
            Label name = new Label(line.name() + (line.reduced() ? " ※" : "") + " " + line.quantity());
            name.setId("line-" + i);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label amount = new Label(line.amount());
            Button remove = new Button("✕");
            remove.setId("line-remove-" + i);
            remove.setAccessibleText(messages.get("charge.sale.remove"));
            remove.setFocusTraversable(false);
            remove.getStyleClass().addAll(Styles.FLAT, Styles.DANGER);
            remove.setMinSize(44, 36);
            remove.setOnAction(e -> viewModel.removeLine(index));
            HBox row = new HBox(8, name, spacer, amount, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("sale-line");
            rows.getChildren().add(row);
        }
    }

    private Node keypad() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("keypad");
        grid.setId("keypad");
        String[][] rows = {{"7", "8", "9"}, {"4", "5", "6"}, {"1", "2", "3"}};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 3; c++) {
                int digit = Integer.parseInt(rows[r][c]);
                grid.add(key(rows[r][c], "key-" + digit, () -> viewModel.digit(digit)), c, r);
            }
        }
        grid.add(key("0", "key-0", () -> viewModel.digit(0)), 0, 3);
        grid.add(key("00", "key-00", viewModel::doubleZero), 1, 3);
        Button backspace = key(messages.get("charge.key.backspace"), "key-backspace", viewModel::backspace);
        grid.add(backspace, 2, 3);
        Button clear = key(messages.get("charge.key.clear"), "key-clear", viewModel::clear);
        clear.getStyleClass().add("key-clear");
        grid.add(clear, 0, 4);

        Button charge = key(messages.get("charge.button.charge"), "charge-button", viewModel::charge);
        charge.getStyleClass().addAll("charge-button", Styles.ACCENT);
        charge.setDefaultButton(false);
        charge.disableProperty().bind(viewModel.canChargeProperty().not());
        if (cash.isPresent()) {
            Button payCash = key(messages.get("charge.button.cash"), "cash-button",
                    () -> viewModel.saleToPay().ifPresent(cash.get()::begin));
            payCash.getStyleClass().add("charge-button");
            payCash.disableProperty().bind(viewModel.canChargeProperty().not());
            grid.add(payCash, 1, 4);
            grid.add(charge, 2, 4);
            // Two words in two keys: a smaller type, and Charge's column as wide as its word (never "Ch…").
            grid.getStyleClass().add("with-cash");
        } else {
            grid.add(charge, 1, 4, 2, 1);
        }

        for (int c = 0; c < 3; c++) {
            // The least a column takes is what its keys need (64 px by the stylesheet, more for a word like Charge).
            ColumnConstraints col = new ColumnConstraints(Region.USE_COMPUTED_SIZE, 104, 140);
            col.setHalignment(HPos.CENTER);
            col.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(col);
        }
        for (int r = 0; r < 5; r++) {
            RowConstraints row = new RowConstraints(64, 80, 110);
            row.setVgrow(Priority.SOMETIMES);
            grid.getRowConstraints().add(row);
        }
        return grid;
    }

    private Button key(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        // Keys never take the focus, so the physical keyboard keeps working on the amount after a tap.
        button.setFocusTraversable(false);
        button.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private Node recentStrip() {
        Label title = new Label(messages.get("recent.title"));
        title.getStyleClass().add("recent-title");
        recentCards.setSpacing(8);
        recentCards.setId("recent-payments");
        viewModel.recentPayments().addListener((ListChangeListener<ChargeViewModel.RecentRow>) c -> showRecent());
        showRecent();
        VBox strip = new VBox(title, recentCards);
        strip.getStyleClass().add("recent-strip");
        return strip;
    }

    private void showRecent() {
        recentCards.getChildren().clear();
        if (viewModel.recentPayments().isEmpty()) {
            Label none = new Label(messages.get("recent.empty"));
            none.getStyleClass().add("muted");
            recentCards.getChildren().add(none);
            return;
        }
        for (ChargeViewModel.RecentRow row : viewModel.recentPayments()) {
            Label amount = new Label(row.amount());
            amount.getStyleClass().add("recent-amount");
            Label meta = new Label(row.time() + "  " + row.stateText());
            meta.getStyleClass().add("recent-meta");
            VBox card = new VBox(amount, meta);
            card.getStyleClass().addAll("recent-card", "state-" + StateText.key(row.paymentState()));
            card.setAlignment(Pos.CENTER_LEFT);
            recentCards.getChildren().add(card);
        }
    }

    /** Puts the keyboard focus on the amount so digits typed go to the keypad. */
    public void focusAmount() {
        amountDisplay.requestFocus();
    }

    /**
     * The physical keyboard: digits (top row and numpad), Backspace, Enter = charge, Esc = clear. While the
     * description field has the focus only Enter and Esc are taken; everything else is typing.
     *
     * @return true if the key was used
     */
    public boolean handleKey(KeyEvent event) {
        KeyCode code = event.getCode();
        if (cash.isPresent() && cash.get().stepProperty().get() != CashViewModel.Step.CLOSED) {
            if (code == KeyCode.ESCAPE) {
                cash.get().close();
            } else if (code == KeyCode.ENTER) {
                cash.get().take();
            }
            return code == KeyCode.ESCAPE || code == KeyCode.ENTER;
        }
        if (code == KeyCode.ENTER) {
            viewModel.charge();
            return true;
        }
        if (code == KeyCode.ESCAPE) {
            viewModel.clear();
            return true;
        }
        if (event.getTarget() instanceof TextInputControl) {
            return false;
        }
        int digit = digitOf(code);
        if (digit >= 0 && !event.isShortcutDown()) {
            viewModel.digit(digit);
            return true;
        }
        if (code == KeyCode.BACK_SPACE || code == KeyCode.DELETE) {
            viewModel.backspace();
            return true;
        }
        return false;
    }

    static int digitOf(KeyCode code) {
        if (code.ordinal() >= KeyCode.DIGIT0.ordinal() && code.ordinal() <= KeyCode.DIGIT9.ordinal()) {
            return code.ordinal() - KeyCode.DIGIT0.ordinal();
        }
        if (code.ordinal() >= KeyCode.NUMPAD0.ordinal() && code.ordinal() <= KeyCode.NUMPAD9.ordinal()) {
            return code.ordinal() - KeyCode.NUMPAD0.ordinal();
        }
        return -1;
    }
}
