package dev.kaikei.receipt;

import dev.kaikei.receipt.ColumnLayout.LogoRow;
import dev.kaikei.receipt.ColumnLayout.QrRow;
import dev.kaikei.receipt.ColumnLayout.Row;
import dev.kaikei.receipt.ColumnLayout.TextRow;

/** A receipt as plain text ({@code kaikei receipt --text}, e-mail): the printer's layout, one line per printed line. */
public final class TextReceipt {

    private TextReceipt() {
    }

    public static String render(ReceiptDocument document, PaperWidth paper) {
        ColumnLayout layout = new ColumnLayout(paper.columns(), false);
        StringBuilder out = new StringBuilder();
        for (Row row : layout.lay(document)) {
            if (row instanceof TextRow t) {
                out.append(aligned(t.text(), t.align(), layout.columns()).stripTrailing()).append('\n');
            } else if (row instanceof QrRow q) {
                out.append(aligned("[" + q.data() + "]", ReceiptDocument.Align.CENTER, layout.columns()))
                        .append('\n');
            } else if (row instanceof LogoRow) {
                continue; // no picture in plain text
            }
        }
        return out.toString();
    }

    static String aligned(String text, ReceiptDocument.Align align, int columns) {
        int free = Math.max(0, columns - ShiftJis.width(text));
        return switch (align) {
            case LEFT -> text;
            case CENTER -> " ".repeat(free / 2) + text;
            case RIGHT -> " ".repeat(free) + text;
        };
    }
}
