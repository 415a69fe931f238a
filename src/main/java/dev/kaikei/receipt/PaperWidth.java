package dev.kaikei.receipt;

/**
 * Receipt paper: 58 mm or 80 mm rolls. Columns are those of the printer's standard font (12 × 24 dots) across the
 * printable width of an Epson TM-m30 class printer (360 and 576 dots).
 */
public enum PaperWidth {
    MM_58(58, 30, 360),
    MM_80(80, 48, 576);

    private final int millimetres;
    private final int columns;
    private final int dots;

    PaperWidth(int millimetres, int columns, int dots) {
        this.millimetres = millimetres;
        this.columns = columns;
        this.dots = dots;
    }

    public int millimetres() {
        return millimetres;
    }

    public int columns() {
        return columns;
    }

    /** Printable width in dots (203 dpi). */
    public int dots() {
        return dots;
    }

    /**
     * The paper of a width in millimetres, as in the {@code printer.paperWidth} setting.
     *
     * @throws IllegalArgumentException unless it is 58 or 80
     */
    public static PaperWidth ofMillimetres(int mm) {
        for (PaperWidth p : values()) {
            if (p.millimetres == mm) {
                return p;
            }
        }
        throw new IllegalArgumentException("paper width must be 58 or 80 (mm), not " + mm);
    }
}
