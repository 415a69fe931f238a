package dev.kaikei.receipt;

import java.util.List;

/**
 * A receipt laid out as blocks, independent of paper and output: every output (plain text, ESC/POS, PDF) draws the
 * same blocks, so they cannot disagree about what a receipt says.
 */
public record ReceiptDocument(List<Block> blocks) {

    public ReceiptDocument {
        blocks = List.copyOf(blocks);
    }

    /** One piece of a receipt. */
    public sealed interface Block permits Text, Pair, Rule, Qr, Logo {
    }

    /** How prominent a piece of text is. */
    public enum Style {
        NORMAL,
        BOLD,
        /** Double width and height, bold: the store's name, the total. */
        LARGE
    }

    public enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    /** A paragraph, wrapped to the paper. */
    public record Text(String text, Align align, Style style) implements Block {
    }

    /** A label on the left and an amount on the right, e.g. an item and its price; {@code indent} in columns. */
    public record Pair(String left, String right, Style style, int indent) implements Block {
    }

    /** A dashed line across the paper. */
    public record Rule() implements Block {
    }

    /** A QR code of {@code data}, with {@code data} printed under it. */
    public record Qr(String data) implements Block {
    }

    /** The store's logo, where the output has one. */
    public record Logo() implements Block {
    }
}
