package dev.kaikei.ui.till;

import atlantafx.base.theme.Styles;
import dev.kaikei.till.Till;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.StatusLabel;
import dev.kaikei.ui.common.Theme;
import dev.kaikei.ui.common.Yen;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The till screen: status and the day-closed notice on top; on the left opening, paid-in / paid-out and no-sale; in
 * the middle the drawer counted by denomination with 点検 and 精算; on the right the X or Z report as it prints.
 */
public final class TillView extends HBox {

    private final TillViewModel viewModel;
    private final Messages messages;
    private final VBox left;

    public TillView(TillViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("till-view");
        setId("till-view");
        Theme.styleNextTo(this, TillView.class);

        left = new VBox(12, header(), actions());
        left.getStyleClass().add("till-left");
        VBox count = counting();
        VBox report = report();
        HBox.setHgrow(report, Priority.ALWAYS);
        getChildren().addAll(left, count, report);
    }

    /** One more section under the cash actions (the cash refund). */
    public void addPanel(VBox panel) {
        left.getChildren().add(panel);
    }

    private VBox header() {
        Label title = new Label(messages.get("till.title"));
        title.getStyleClass().add("screen-title");
        Label status = new Label();
        status.setId("till-status");
        status.getStyleClass().add("till-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE); // wrapped lines are never squeezed into "…": the screen scrolls
        Label expected = new Label();
        expected.setId("till-expected");
        expected.getStyleClass().add("till-expected");
        expected.setWrapText(true);
        expected.setMinHeight(Region.USE_PREF_SIZE);
        expected.textProperty().bind(Bindings.concat(messages.get("till.expected"), " ",
                viewModel.expectedProperty()));
        Label notice = new Label();
        notice.setId("till-notice");
        notice.getStyleClass().addAll("till-notice", "tone-warning");
        notice.setWrapText(true);
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Label message = new StatusLabel("till-message", "till-message", viewModel.messageProperty());
        return new VBox(6, title, status, expected, notice, message);
    }

    private VBox actions() {
        TextField floatField = field("till-float", messages.get("till.float.prompt"), viewModel.floatProperty());
        Button open = button("till-open", "till.open", viewModel::openTill);
        open.disableProperty().bind(viewModel.openProperty().or(viewModel.busyProperty()));
        open.setMinWidth(Region.USE_PREF_SIZE);
        HBox opening = new HBox(8, floatField, open);
        opening.setAlignment(Pos.CENTER_LEFT);

        TextField amount = field("till-amount", messages.get("till.amount.prompt"), viewModel.amountProperty());
        TextField reason = field("till-reason", messages.get("till.reason.prompt"), viewModel.reasonProperty());
        Button in = button("till-paid-in", "till.paidIn", viewModel::paidIn);
        Button out = button("till-paid-out", "till.paidOut", viewModel::paidOut);
        Button noSale = button("till-no-sale", "till.noSale", viewModel::noSale);
        in.disableProperty().bind(viewModel.busyProperty());
        out.disableProperty().bind(viewModel.busyProperty());
        noSale.disableProperty().bind(viewModel.busyProperty());
        Label cashTitle = new Label(messages.get("till.cashInOut"));
        cashTitle.getStyleClass().add("section-title");
        cashTitle.setWrapText(true);
        cashTitle.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(8, opening, cashTitle, amount, reason, new HBox(8, in, out), noSale);
    }

    private VBox counting() {
        Label title = new Label(messages.get("till.count.title"));
        title.getStyleClass().add("section-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("till-count");
        // Notes and coins side by side (two columns of five): the whole count fits a 1024 x 600 tablet unscrolled.
        List<Integer> denominations = Till.denominations();
        int rows = (denominations.size() + 1) / 2;
        grid.setHgap(8);
        int index = 0;
        for (int yen : denominations) {
            Label label = new Label(Yen.format(yen));
            label.getStyleClass().add("denomination");
            Spinner<Integer> spinner = new Spinner<>(0, 99_999, 0);
            spinner.setId("count-" + yen);
            spinner.setEditable(true);
            spinner.setPrefWidth(120);
            spinner.setMinWidth(100); // five digits stay readable; a narrow screen scrolls instead
            spinner.getValueFactory().valueProperty().addListener((obs, was, now) ->
                    viewModel.pieces(yen).set(now == null ? 0 : now));
            viewModel.pieces(yen).addListener((obs, was, now) -> {
                if (!now.equals(spinner.getValue())) {
                    spinner.getValueFactory().setValue(now.intValue());
                }
            });
            grid.add(label, index / rows * 2, index % rows);
            grid.add(spinner, index / rows * 2 + 1, index % rows);
            index++;
        }
        Label total = new Label();
        total.setId("till-counted");
        total.getStyleClass().add("till-counted");
        total.textProperty().bind(Bindings.concat(messages.get("till.counted"), " ", viewModel.countedProperty()));
        TextField nextFloat = field("till-next-float", messages.get("till.nextFloat.prompt"),
                viewModel.nextFloatProperty());
        Button check = button("till-check", "till.check", viewModel::check);
        Button close = button("till-close", "till.close", viewModel::close);
        close.getStyleClass().add(Styles.ACCENT);
        check.disableProperty().bind(viewModel.openProperty().not().or(viewModel.busyProperty()));
        close.disableProperty().bind(viewModel.busyProperty());
        VBox box = new VBox(8, title, grid, total, nextFloat, new HBox(8, check, close));
        box.getStyleClass().add("till-middle");
        return box;
    }

    private VBox report() {
        Label title = new Label();
        title.setId("till-report-title");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(viewModel.reportTitleProperty());
        ListView<String> lines = new ListView<>(viewModel.report());
        lines.setId("till-report");
        lines.getStyleClass().add("till-report");
        lines.setFixedCellSize(22);
        Label none = new Label(messages.get("till.report.none"));
        none.setWrapText(true);
        lines.setPlaceholder(none);
        VBox.setVgrow(lines, Priority.ALWAYS);
        return new VBox(8, title, lines);
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE); // never "Paid…": on a narrow screen the screen scrolls instead
        return b;
    }
}
