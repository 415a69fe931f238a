package dev.kaikei.ui.checkout;

import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StyleClasses;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.Tone;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The cashier's compact view of a checkout while the customer display shows the QR on another screen: amount,
 * state, countdown and the Cancel / New code / Back buttons.
 */
public final class CashierStatusView extends VBox {

    private static final List<String> TONES = Arrays.stream(Tone.values()).map(Tone::styleClass).toList();

    public CashierStatusView(CheckoutViewModel viewModel, Messages messages) {
        this(viewModel, messages, ReceiptChoice.NONE);
    }

    /** With the receipt choice after Paid (Print / PDF / No receipt). */
    public CashierStatusView(CheckoutViewModel viewModel, Messages messages, ReceiptChoice receipts) {
        getStyleClass().add("cashier-status");
        setId("cashier-status");
        Theme.styleNextTo(this, CashierStatusView.class);

        Label amount = new Label();
        amount.getStyleClass().add("status-amount");
        amount.setId("status-amount");
        amount.textProperty().bind(viewModel.amountTextProperty());

        Label state = new Label();
        state.getStyleClass().add("status-state");
        state.setId("status-state");
        state.textProperty().bind(viewModel.stateTextProperty());
        viewModel.toneProperty().addListener((obs, old, now) -> StyleClasses.choose(state, TONES, now.styleClass()));
        StyleClasses.choose(state, TONES, viewModel.getTone().styleClass());

        Label countdown = new Label();
        countdown.getStyleClass().add("status-countdown");
        countdown.setId("status-countdown");
        countdown.textProperty().bind(viewModel.countdownTextProperty());

        Label detail = new Label();
        detail.getStyleClass().add("status-detail");
        detail.textProperty().bind(viewModel.detailTextProperty());

        HBox buttons = new HBox();
        buttons.getStyleClass().add("status-buttons");
        buttons.getChildren().addAll(CashierActions.create(viewModel, messages, receipts));

        getChildren().addAll(CustomerView.offlineBanner(viewModel, messages), amount, state, countdown, detail,
                buttons);
    }
}
