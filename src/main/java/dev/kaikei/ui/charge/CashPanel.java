package dev.kaikei.ui.charge;

import atlantafx.base.theme.Styles;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StatusLabel;
import dev.kaikei.ui.common.Yen;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * Paying in cash, in place of the keypad: the total and what was received in large type, a key per note and coin the
 * customer hands over, then Take cash (the change, very large, until the cashier goes on) or Split (the rest by
 * PayPay). Only binds to {@link CashViewModel}.
 */
final class CashPanel extends VBox {

    CashPanel(CashViewModel viewModel, Messages messages) {
        getStyleClass().add("cash-panel");
        setId("cash-panel");

        GridPane figures = new GridPane();
        figures.getStyleClass().add("cash-figures");
        figures.addRow(0, caption(messages.get("cash.total")), figure("cash-total", viewModel.totalTextProperty()));
        figures.addRow(1, caption(messages.get("cash.received")),
                figure("cash-received", viewModel.receivedTextProperty()));

        TilePane notes = new TilePane();
        notes.getStyleClass().add("cash-notes");
        notes.setId("cash-notes");
        for (int yen : CashViewModel.HANDED) {
            notes.getChildren().add(button(Yen.format(yen), "cash-" + yen, () -> viewModel.add(yen)));
        }
        Button exact = button(messages.get("cash.exact"), "cash-exact", viewModel::exact);
        Button clear = button(messages.get("cash.clear"), "cash-clear", viewModel::clearReceived);
        notes.getChildren().addAll(exact, clear);

        Label message = new StatusLabel("cash-message", "cash-message", viewModel.statusProperty());

        Button take = button(messages.get("cash.take"), "cash-take", viewModel::take);
        take.getStyleClass().addAll("cash-take", Styles.ACCENT);
        take.disableProperty().bind(viewModel.canTakeProperty().not());
        Button split = button(messages.get("cash.split"), "cash-split", viewModel::split);
        split.disableProperty().bind(viewModel.canSplitProperty().not());
        Button back = button(messages.get("cash.back"), "cash-back", viewModel::close);
        back.disableProperty().bind(viewModel.stepProperty().isEqualTo(CashViewModel.Step.TAKING));
        HBox actions = new HBox(12, back, split, take);
        actions.getStyleClass().add("cash-actions");
        HBox.setHgrow(take, Priority.ALWAYS);

        VBox tendering = new VBox(12, figures, notes, message, actions);
        tendering.visibleProperty().bind(viewModel.stepProperty().isNotEqualTo(CashViewModel.Step.CHANGE));
        tendering.managedProperty().bind(tendering.visibleProperty());

        Label changeCaption = caption(messages.get("cash.change"));
        Label change = new Label();
        change.setId("cash-change");
        change.getStyleClass().add("cash-change");
        change.textProperty().bind(viewModel.changeTextProperty());
        Label after = new StatusLabel("cash-after", "cash-message", viewModel.statusProperty());
        Button next = button(messages.get("cash.next"), "cash-next", viewModel::close);
        next.getStyleClass().add(Styles.ACCENT);
        Button print = button(messages.get("cash.print"), "cash-print", viewModel::printReceipt);
        print.visibleProperty().bind(viewModel.canPrintProperty());
        print.managedProperty().bind(print.visibleProperty());
        HBox.setHgrow(next, Priority.ALWAYS);
        VBox changed = new VBox(12, changeCaption, change, after, new HBox(12, print, next));
        changed.getStyleClass().add("cash-changed");
        changed.visibleProperty().bind(Bindings.not(tendering.visibleProperty()));
        changed.managedProperty().bind(changed.visibleProperty());

        getChildren().addAll(tendering, changed);
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("cash-caption");
        return l;
    }

    private static Label figure(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("cash-figure");
        l.textProperty().bind(text);
        return l;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }
}
