package dev.kaikei.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Table columns of ready-made display text, shared by every list screen. */
public final class Columns {

    /** Narrow enough for a time or an amount, wide enough that no header is cut to dots. */
    private static final double MIN_WIDTH = 86;

    private Columns() {
    }

    /** A read-only, unsorted text column (the rows come sorted the way the screen means them). */
    public static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    /** {@link #text(String, Function)} with a preferred width. */
    public static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = text(title, value);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, MIN_WIDTH));
        return c;
    }
}
