package dev.kaikei.ui.customers;

import atlantafx.base.theme.Styles;
import dev.kaikei.ui.common.Columns;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.QrRenderer;
import dev.kaikei.ui.common.QrView;
import dev.kaikei.ui.common.StateText;
import dev.kaikei.ui.common.StatusLabel;
import dev.kaikei.ui.common.Theme;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The linked-customers screen: the customer list on the left; on the right, charging the selected customer and linking
 * a new one (link QR, then the pasted token). Only binds to {@link CustomersViewModel}.
 */
public final class CustomersView extends BorderPane {

    private static final double QR_SIDE = 264;

    private final CustomersViewModel viewModel;
    private final Messages messages;
    private final Columns columns;
    private final TableView<CustomersViewModel.CustomerRow> table = new TableView<>();

    public CustomersView(CustomersViewModel viewModel, Messages messages, QrRenderer qrRenderer) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.columns = new Columns(messages);
        getStyleClass().add("customers-view");
        setId("customers-view");
        Theme.styleNextTo(this, CustomersView.class);
        setTop(header());
        setCenter(list());
        setRight(side(qrRenderer));
    }

    private Node header() {
        Label title = new Label(messages.get("customers.title"));
        title.getStyleClass().add("customers-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button refresh = button(messages.get("customers.button.refresh"), "refresh-button",
                viewModel::refreshStatuses);
        HBox bar = new HBox(12, title, gap, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label message = new StatusLabel("customers-message", "customers-message", viewModel.statusProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox top = new VBox(8, bar, message);
        top.getStyleClass().add("customers-header");
        return top;
    }

    private Node list() {
        table.setId("customers-table");
        table.setItems(viewModel.customers());
        table.setPlaceholder(new Label(messages.get("customers.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(columns.text("customers.column.reference", CustomersViewModel.CustomerRow::reference));
        table.getColumns().add(columns.text("customers.column.phone", CustomersViewModel.CustomerRow::phone));
        TableColumn<CustomersViewModel.CustomerRow, String> status = columns.text("customers.column.status",
                CustomersViewModel.CustomerRow::statusText);
        status.setCellFactory(c -> new StatusCell());
        table.getColumns().add(status);
        table.getColumns().add(columns.text("customers.column.linkedSince", CustomersViewModel.CustomerRow::linkedSince));
        Columns.fillOrScroll(table);
        // A reload replaces the rows and clears the table's selection: the view model's choice stays and is shown
        // again once the table has settled.
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.selectedReferenceProperty().set(row.reference());
            }
        });
        viewModel.selectedReferenceProperty().addListener((obs, old, ref) -> selectRow(ref));
        viewModel.customers().addListener((ListChangeListener<CustomersViewModel.CustomerRow>)
                c -> Platform.runLater(() -> selectRow(viewModel.selectedReferenceProperty().get())));
        BorderPane.setMargin(table, new Insets(0, 16, 16, 16));
        return table;
    }

    private void selectRow(String reference) {
        CustomersViewModel.CustomerRow current = table.getSelectionModel().getSelectedItem();
        if (reference == null) {
            table.getSelectionModel().clearSelection();
            return;
        }
        if (current != null && current.reference().equals(reference)) {
            return;
        }
        viewModel.customers().stream().filter(r -> r.reference().equals(reference)).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
    }


    /** Shows the status as a coloured pill. */
    private static final class StatusCell extends TableCell<CustomersViewModel.CustomerRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            CustomersViewModel.CustomerRow row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
            if (empty || text == null || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label pill = new Label(text);
            pill.getStyleClass().addAll("status-pill", "status-" + StateText.key(row.linkStatus()));
            setGraphic(pill);
            setText(null);
        }
    }

    private Node side(QrRenderer qrRenderer) {
        VBox side = new VBox(16, chargeCard(), linkCard(qrRenderer));
        side.getStyleClass().add("customers-side");
        // On a short screen the link card (QR + token) scrolls rather than being cut off.
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("customers-side-scroll");
        scroll.setPrefWidth(400);
        scroll.setMinWidth(360);
        return scroll;
    }

    private Node chargeCard() {
        Label heading = heading("customers.charge.heading");
        Label who = new Label();
        who.setId("charge-customer-label");
        who.getStyleClass().add("selected-customer");
        who.textProperty().bind(Bindings.createStringBinding(() -> {
            String ref = viewModel.selectedReferenceProperty().get();
            return ref == null ? messages.get("customers.charge.none")
                    : messages.format("customers.charge.selected", ref);
        }, viewModel.selectedReferenceProperty()));

        TextField amount = field("charge-amount", "customers.charge.amount.prompt", viewModel.amountProperty());
        amount.getStyleClass().add("amount-field");
        TextField description = field("charge-description", "customers.charge.description.prompt",
                viewModel.descriptionProperty());
        Button charge = button(messages.get("customers.charge.button"), "charge-customer-button", viewModel::charge);
        charge.getStyleClass().add(Styles.ACCENT);
        charge.disableProperty().bind(viewModel.canChargeProperty().not());
        amount.setOnAction(e -> viewModel.charge());
        Button preAuth = button(messages.get("customers.charge.preAuthorize"), "pre-authorize-customer-button",
                viewModel::preAuthorize);
        preAuth.disableProperty().bind(viewModel.canChargeProperty().not());
        Button unlink = button(messages.get("customers.unlink.button"), "unlink-button", viewModel::unlink);
        unlink.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        unlink.setMaxWidth(Double.MAX_VALUE);
        unlink.disableProperty().bind(viewModel.canUnlinkProperty().not());
        HBox buttons = new HBox(8, charge, preAuth);
        HBox.setHgrow(charge, Priority.ALWAYS);
        charge.setMaxWidth(Double.MAX_VALUE);
        VBox card = new VBox(10, heading, who, amount, description, buttons, unlink);
        card.getStyleClass().add("card");
        // While a customer is linking, the link code has the side to itself.
        card.visibleProperty().bind(viewModel.linkUrlProperty().isNull());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private Node linkCard(QrRenderer qrRenderer) {
        Label heading = heading("customers.link.heading");
        TextField reference = field("link-reference", "customers.link.reference.prompt",
                viewModel.linkReferenceProperty());
        TextField phone = field("link-phone", "customers.link.phone.prompt", viewModel.linkPhoneProperty());
        Button show = button(messages.get("customers.link.button"), "link-button", viewModel::startLink);
        show.disableProperty().bind(viewModel.busyProperty());
        VBox form = new VBox(10, reference, phone, show);

        QrView qr = new QrView(qrRenderer);
        qr.setId("link-qr");
        qr.contentProperty().bind(viewModel.linkUrlProperty());
        qr.setPrefSize(QR_SIDE, QR_SIDE);
        qr.setMinSize(QR_SIDE, QR_SIDE);
        qr.setMaxSize(QR_SIDE, QR_SIDE);
        HBox qrBox = new HBox(qr);
        qrBox.setAlignment(Pos.CENTER);
        TextField token = field("link-token", "customers.link.token.prompt", viewModel.tokenProperty());
        token.setOnAction(e -> viewModel.completeLink());
        Button complete = button(messages.get("customers.link.complete"), "complete-link-button",
                viewModel::completeLink);
        complete.getStyleClass().add(Styles.ACCENT);
        complete.disableProperty().bind(viewModel.busyProperty().or(viewModel.tokenProperty().isEmpty()));
        complete.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(complete, Priority.ALWAYS);
        Button close = button(messages.get("customers.link.close"), "close-link-button", viewModel::closeLink);
        VBox pending = new VBox(10, qrBox, token, new HBox(8, complete, close));

        ObservableValue<Boolean> linking = viewModel.linkUrlProperty().isNotNull();
        pending.visibleProperty().bind(linking);
        pending.managedProperty().bind(linking);
        form.visibleProperty().bind(viewModel.linkUrlProperty().isNull());
        form.managedProperty().bind(form.visibleProperty());
        VBox card = new VBox(10, heading, form, pending);
        card.getStyleClass().add("card");
        return card;
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("card-heading");
        return label;
    }

    private TextField field(String id, String promptKey, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("command");
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Loads the list when the screen is shown. */
    public void refresh() {
        viewModel.refresh();
    }
}
