package dev.kaikei.ui.checkout;

import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.QrSurface;
import dev.kaikei.ui.common.QrView;
import dev.kaikei.ui.common.StyleClasses;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.Tone;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The customer display: store name, the amount in very large type, the QR as large as the screen allows with
 * "Scan with the PayPay app" and the server-driven countdown, then the outcome (✓ Paid, declined, expired). With
 * {@code cashierControls} (single-screen setups) it also carries the cashier's Cancel / New code buttons.
 */
public final class CustomerView extends VBox {

    private static final List<String> TONES = Arrays.stream(Tone.values()).map(Tone::styleClass).toList();
    /** The narrowest the amount column's wrapping text gets, when the amount itself is short. */
    private static final double DETAIL_MIN_WIDTH = 320;

    private final CheckoutViewModel viewModel;
    private final QrView qrView;

    public CustomerView(CheckoutViewModel viewModel, Messages messages, QrSurface qrSurface,
                        boolean cashierControls) {
        this(viewModel, messages, qrSurface, cashierControls, ReceiptChoice.NONE, "");
    }

    /**
     * @param qrSurface where the code is drawn: the same for every checkout shown in one place
     * @param receipts  the receipt choice after Paid, for the cashier's controls
     * @param saleLines the sale's lines and totals per rate (empty for a bare amount)
     */
    public CustomerView(CheckoutViewModel viewModel, Messages messages, QrSurface qrSurface,
                        boolean cashierControls, ReceiptChoice receipts, String saleLines) {
        this.viewModel = viewModel;
        this.qrView = new QrView(qrSurface);
        getStyleClass().add("customer-view");
        setId("customer-view");
        Theme.styleNextTo(this, CustomerView.class);

        viewModel.getWatermark().band(messages).ifPresent(getChildren()::add);
        getChildren().add(offlineBanner(viewModel, messages));
        Label store = new Label();
        store.getStyleClass().add("store-name");
        store.setId("store-name");
        store.textProperty().bind(viewModel.storeNameProperty());
        HBox header = new HBox(store);
        header.getStyleClass().add("customer-header");

        HBox body = new HBox(amountColumn(messages, saleLines), codeArea());
        body.getStyleClass().add("customer-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);

        if (cashierControls) {
            HBox bar = new HBox();
            bar.getStyleClass().add("cashier-bar");
            bar.getChildren().addAll(CashierActions.create(viewModel, messages, receipts));
            // Nothing for the cashier to do (e.g. after "Paid"): no empty strip under the customer's screen.
            javafx.beans.binding.BooleanExpression actions = viewModel.canCancelProperty()
                    .or(viewModel.canNewCodeProperty()).or(viewModel.canFinishProperty());
            if (receipts.offered()) {
                actions = actions.or(receipts.choosingProperty());
            }
            bar.visibleProperty().bind(actions);
            bar.managedProperty().bind(bar.visibleProperty());
            getChildren().add(bar);
        }
    }

    /** The connectivity banner shared by both checkout views. */
    static Label offlineBanner(CheckoutViewModel viewModel, Messages messages) {
        Label banner = new Label(messages.get("checkout.offline"));
        banner.getStyleClass().add("offline-banner");
        banner.setId("offline-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.visibleProperty().bind(viewModel.offlineProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private Node amountColumn(Messages messages, String lines) {
        Label caption = new Label(messages.get("checkout.amount.label"));
        caption.getStyleClass().add("amount-caption");
        Label amount = new Label();
        amount.getStyleClass().add("customer-amount");
        amount.setId("customer-amount");
        amount.textProperty().bind(viewModel.amountTextProperty());
        amount.setMinWidth(Region.USE_PREF_SIZE);

        // A rung-up sale shows its lines; a bare amount its description.
        Label description = label("customer-description", viewModel.descriptionProperty().isEmpty().not()
                .and(javafx.beans.binding.Bindings.createBooleanBinding(lines::isEmpty)));
        description.textProperty().bind(viewModel.descriptionProperty());
        Label saleLines = new Label(lines);
        saleLines.getStyleClass().add("customer-lines");
        saleLines.setId("customer-lines");
        saleLines.setWrapText(true);
        saleLines.setVisible(!lines.isEmpty());
        saleLines.managedProperty().bind(saleLines.visibleProperty());

        // While the code is up, the instruction is the headline; afterwards the outcome ("Paid") is.
        Label headline = label("state-headline",
                viewModel.phaseProperty().isNotEqualTo(CheckoutPhase.AWAITING_PAYMENT));
        headline.setId("state-headline");
        headline.textProperty().bind(viewModel.stateTextProperty());
        tone(headline);

        Label instruction = label("instruction", null);
        instruction.setId("instruction");
        instruction.textProperty().bind(viewModel.instructionTextProperty());

        Label countdown = label("countdown", viewModel.countdownTextProperty().isEmpty().not());
        countdown.setId("countdown");
        countdown.textProperty().bind(viewModel.countdownTextProperty());

        Label detail = label("detail", viewModel.detailTextProperty().isEmpty().not());
        detail.setId("detail");
        detail.textProperty().bind(viewModel.detailTextProperty());
        // A long detail (why the receipt printer did not print) wraps under the amount instead of widening the column
        // and pushing the code off the screen.
        detail.maxWidthProperty().bind(Bindings.max(amount.widthProperty(), DETAIL_MIN_WIDTH));
        saleLines.maxWidthProperty().bind(detail.maxWidthProperty());

        VBox column = new VBox(caption, amount, description, saleLines, headline, instruction, countdown, detail);
        column.getStyleClass().add("amount-column");
        // As wide as the amount needs; everything else goes to the code, which grows to the largest square that fits.
        column.setMinWidth(Region.USE_PREF_SIZE);
        column.setMaxWidth(Region.USE_PREF_SIZE);
        return column;
    }

    private Node codeArea() {
        qrView.setId("qr-view");
        qrView.contentProperty().bind(viewModel.qrUrlProperty());
        qrView.visibleProperty().bind(viewModel.qrUrlProperty().isNotNull());

        Label mark = new Label();
        mark.getStyleClass().add("outcome-mark");
        mark.setId("outcome-mark");
        mark.textProperty().bind(Bindings.createStringBinding(() -> markFor(viewModel.getPhase()),
                viewModel.phaseProperty()));
        mark.visibleProperty().bind(mark.textProperty().isEmpty().not());
        tone(mark);

        ProgressIndicator progress = new ProgressIndicator();
        progress.visibleProperty().bind(viewModel.waitingProperty());

        StackPane area = new StackPane(qrView, mark, progress);
        area.getStyleClass().add("code-area");
        area.setId("code-area");
        area.setMinSize(240, 240);
        area.setAlignment(Pos.CENTER);
        viewModel.toneProperty().addListener((obs, old, now) -> areaTone(area));
        viewModel.phaseProperty().addListener((obs, old, now) -> areaTone(area));
        areaTone(area);
        HBox.setHgrow(area, Priority.ALWAYS);
        return area;
    }

    private void areaTone(Node area) {
        boolean outcome = viewModel.getPhase().isFinished();
        area.getStyleClass().removeAll(TONES);
        if (outcome) {
            area.getStyleClass().add(viewModel.getTone().styleClass());
        }
    }

    static String markFor(CheckoutPhase phase) {
        return switch (phase) {
            case PAID, AUTHORIZED -> "✓";
            case DECLINED, FAILED -> "✕";
            case EXPIRED -> "!";
            default -> "";
        };
    }

    private void tone(Label label) {
        viewModel.toneProperty().addListener((obs, old, now) -> StyleClasses.choose(label, TONES, now.styleClass()));
        StyleClasses.choose(label, TONES, viewModel.getTone().styleClass());
    }

    /** A wrapping label that takes no space while {@code shown} (if given) is false. */
    private static Label label(String styleClass, ObservableBooleanValue shown) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        if (shown != null) {
            label.visibleProperty().bind(shown);
            label.managedProperty().bind(label.visibleProperty());
        }
        return label;
    }

    public QrView qrView() {
        return qrView;
    }
}
