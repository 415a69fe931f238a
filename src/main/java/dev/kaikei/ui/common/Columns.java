package dev.kaikei.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.InvalidationListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Table columns of ready-made display text, titled in the UI's language; shared by every list screen. */
public final class Columns {

    /** Narrow enough for a time or an amount, wide enough that no header is cut to dots. */
    private static final double MIN_WIDTH = 86;
    /** The header cell's padding on both sides, with room for rounding. */
    private static final double HEADER_PADDING = 28;
    /** Room kept for a vertical scroll bar beside the columns. */
    private static final double SCROLL_BAR = 16;
    /** The size of the theme's text (app.css sets 16px on the root), which headers show in bold. */
    private static final double HEADER_FONT_SIZE = 16;

    private final Messages messages;

    public Columns(Messages messages) {
        this.messages = messages;
    }

    /**
     * A read-only, unsorted text column titled by the message {@code key} (rows come in the screen's order); never
     * narrower than its title, so a narrow window never shows a header cut to dots.
     */
    public <T> TableColumn<T, String> text(String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        c.setMinWidth(titleWidth(c.getText()));
        return c;
    }

    /** {@link #text(String, Function)} with a preferred width. */
    public <T> TableColumn<T, String> text(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = text(key, value);
        c.setPrefWidth(Math.max(width, c.getMinWidth()));
        c.setMinWidth(Math.max(c.getMinWidth(), Math.min(width, MIN_WIDTH)));
        return c;
    }

    /**
     * Keeps {@code table}'s columns filling its width (with the resize policy it has now) while they fit at their
     * narrowest, and lets it scroll sideways instead of cutting the last columns off on a window too narrow for them
     * (a small tablet, a large scaling).
     */
    public static void fillOrScroll(TableView<?> table) {
        Callback<TableView.ResizeFeatures, Boolean> fill = table.getColumnResizePolicy();
        InvalidationListener choose = o -> {
            double narrowest = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
            double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR;
            Callback<TableView.ResizeFeatures, Boolean> policy = narrowest <= room ? fill
                    : TableView.UNCONSTRAINED_RESIZE_POLICY;
            if (table.getColumnResizePolicy() != policy) {
                table.setColumnResizePolicy(policy);
            }
        };
        table.widthProperty().addListener(choose);
        table.getVisibleLeafColumns().addListener(choose);
    }

    /** The width a header needs for {@code title}: the text in the theme's bold header font, plus the cell padding. */
    static double titleWidth(String title) {
        Text text = new Text(title);
        text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, HEADER_FONT_SIZE));
        return Math.ceil(text.getLayoutBounds().getWidth()) + HEADER_PADDING;
    }
}
