package dev.kaikei.receipt;

import dev.kaikei.receipt.ReceiptDocument.Align;
import dev.kaikei.receipt.ReceiptDocument.Block;
import dev.kaikei.receipt.ReceiptDocument.Logo;
import dev.kaikei.receipt.ReceiptDocument.Pair;
import dev.kaikei.receipt.ReceiptDocument.Qr;
import dev.kaikei.receipt.ReceiptDocument.Rule;
import dev.kaikei.receipt.ReceiptDocument.Style;
import dev.kaikei.receipt.ReceiptDocument.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a receipt's blocks out on a fixed number of columns, as a receipt printer's fonts do: a one-byte character takes
 * one column, a two-byte (kanji) character two. Long names wrap; amounts stay right-aligned on their line.
 */
final class ColumnLayout {

    /** One printed line (or a QR code, or the logo). */
    sealed interface Row permits TextRow, QrRow, LogoRow {
    }

    /** A line of text that fits the paper at its style; Pair lines are already padded to the full width. */
    record TextRow(String text, Align align, Style style) implements Row {
    }

    record QrRow(String data) implements Row {
    }

    record LogoRow() implements Row {
    }

    private final int columns;
    private final boolean largeIsDoubleWidth;

    /**
     * @param columns            characters of one column across the paper (48 on 80 mm, 30 on 58 mm)
     * @param largeIsDoubleWidth whether LARGE text takes two columns a character (a printer's double size) or one
     *                           (plain text)
     */
    ColumnLayout(int columns, boolean largeIsDoubleWidth) {
        this.columns = columns;
        this.largeIsDoubleWidth = largeIsDoubleWidth;
    }

    int columns() {
        return columns;
    }

    List<Row> lay(ReceiptDocument document) {
        List<Row> rows = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Text t) {
                for (String piece : wrap(t.text(), width(t.style()))) {
                    rows.add(new TextRow(piece, t.align(), t.style()));
                }
            } else if (block instanceof Pair p) {
                pair(p, rows);
            } else if (block instanceof Rule) {
                rows.add(new TextRow("-".repeat(columns), Align.LEFT, Style.NORMAL));
            } else if (block instanceof Qr q) {
                rows.add(new QrRow(q.data()));
            } else if (block instanceof Logo) {
                rows.add(new LogoRow());
            }
        }
        return rows;
    }

    /** The columns available at a style. */
    private int width(Style style) {
        return style == Style.LARGE && largeIsDoubleWidth ? columns / 2 : columns;
    }

    private void pair(Pair p, List<Row> rows) {
        int available = width(p.style()) - p.indent();
        String indent = " ".repeat(p.indent());
        int right = ShiftJis.width(p.right());
        List<String> left = wrap(p.left(), available);
        for (int i = 0; i < left.size() - 1; i++) {
            rows.add(new TextRow(indent + left.get(i), Align.LEFT, p.style()));
        }
        String last = left.isEmpty() ? "" : left.get(left.size() - 1);
        int gap = available - ShiftJis.width(last) - right;
        if (p.right().isEmpty()) {
            rows.add(new TextRow(indent + last, Align.LEFT, p.style()));
        } else if (gap >= 1) {
            rows.add(new TextRow(indent + last + " ".repeat(gap) + p.right(), Align.LEFT, p.style()));
        } else {
            rows.add(new TextRow(indent + last, Align.LEFT, p.style()));
            rows.add(new TextRow(" ".repeat(Math.max(0, available - right + p.indent())) + p.right(), Align.LEFT,
                    p.style()));
        }
    }

    /** Splits text into lines of at most {@code width} columns, at a space when one is near the end of a line. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (ShiftJis.width(rest) > width) {
            int cut = fitting(rest, width);
            int space = rest.lastIndexOf(' ', cut);
            if (space > 0 && ShiftJis.width(rest.substring(space)) <= width / 3 + 1) {
                cut = space;
            }
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || lines.isEmpty()) {
            lines.add(rest);
        }
        return lines;
    }

    /** The number of chars of {@code text} that fit in {@code width} columns (at least one code point). */
    private static int fitting(String text, int width) {
        int used = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int w = ShiftJis.width(new String(Character.toChars(cp)));
            if (used + w > width) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return i == 0 ? Character.charCount(text.codePointAt(0)) : i;
    }
}
