package dev.kaikei.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Table columns of ready-made display text, titled in the UI's language; shared by every list screen. */
public final class Columns {

    /** Narrow enough for a time or an amount, wide enough that no header is cut to dots. */
    private static final double MIN_WIDTH = 86;

    private final Messages messages;

    public Columns(Messages messages) {
        this.messages = messages;
    }

    /** A read-only, unsorted text column titled by the message {@code key} (rows come in the screen's order). */
    public <T> TableColumn<T, String> text(String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    /** {@link #text(String, Function)} with a preferred width. */
    public <T> TableColumn<T, String> text(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = text(key, value);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, MIN_WIDTH));
        return c;
    }
}
