package dev.kaikei.receipt;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.kaikei.receipt.ReceiptDocument.Align;
import dev.kaikei.receipt.ReceiptDocument.Block;
import dev.kaikei.receipt.ReceiptDocument.Logo;
import dev.kaikei.receipt.ReceiptDocument.Pair;
import dev.kaikei.receipt.ReceiptDocument.Qr;
import dev.kaikei.receipt.ReceiptDocument.Rule;
import dev.kaikei.receipt.ReceiptDocument.Style;
import dev.kaikei.receipt.ReceiptDocument.Text;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * A receipt as a PDF: one page as wide as an 80 mm roll and as long as the receipt, the Japanese font embedded as a
 * subset (only the glyphs used), the receipt number as a vector QR code. For saving, mailing, or an office printer.
 */
public final class PdfReceipt {

    private static final float MM = 72f / 25.4f;
    private static final float WIDTH = 80 * MM;
    private static final float MARGIN = 4 * MM;
    private static final float NORMAL_SIZE = 8.5f;
    private static final float LARGE_SIZE = 13f;
    private static final float LEADING = 1.35f;
    private static final float QR_MODULE = 2.2f;

    private PdfReceipt() {
    }

    /**
     * Renders the receipt.
     *
     * @param font the Japanese TrueType font file (see {@link JapaneseFont#locate()})
     * @param logo a picture for the top, if the store has one
     * @param title the PDF's title (its receipt number)
     * @throws UncheckedIOException if the font cannot be read
     */
    public static byte[] render(ReceiptDocument document, Path font, Optional<BufferedImage> logo,
                                String title) {
        try (PDDocument doc = new PDDocument(); FontFile file = FontFile.open(font)) {
            PDFont pdFont = PDType0Font.load(doc, file.font(), true);
            List<Placed> items = layout(document, pdFont, logo.isPresent());
            float height = MARGIN * 2 + items.stream().map(Placed::height).reduce(0f, Float::sum);
            PDPage page = new PDPage(new PDRectangle(WIDTH, height));
            doc.addPage(page);
            PDImageXObject image = logo.isPresent() ? LosslessFactory.createFromImage(doc, logo.get()) : null;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = height - MARGIN;
                for (Placed item : items) {
                    item.draw(cs, pdFont, image, y);
                    y -= item.height();
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Kaikei");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the PDF receipt with the font " + font + ": "
                    + e.getMessage(), e);
        }
    }

    /** A TrueType file, or the first font of a collection (.ttc), open while the PDF is made. */
    private record FontFile(TrueTypeFont font, AutoCloseable owner) implements AutoCloseable {

        static FontFile open(Path file) throws IOException {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                List<TrueTypeFont> fonts = new ArrayList<>();
                collection.processAllFonts(fonts::add);
                if (fonts.isEmpty()) {
                    collection.close();
                    throw new IOException(file + " holds no font");
                }
                return new FontFile(fonts.get(0), collection);
            }
            TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser().parse(
                    new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()));
            return new FontFile(ttf, ttf);
        }

        @Override
        public void close() throws IOException {
            try {
                owner.close();
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }

    // ---------------------------------------------------------------- layout

    /** Something drawn on the page, top to bottom. */
    private interface Placed {
        float height();

        void draw(PDPageContentStream cs, PDFont font, PDImageXObject logo, float top) throws IOException;
    }

    private static List<Placed> layout(ReceiptDocument document, PDFont font, boolean hasLogo) throws IOException {
        List<Placed> items = new ArrayList<>();
        float content = WIDTH - 2 * MARGIN;
        for (Block block : document.blocks()) {
            if (block instanceof Text t) {
                float size = size(t.style());
                for (String line : wrap(font, size, printable(font, t.text()), content)) {
                    items.add(textLine(line, "", t.align(), t.style(), 0));
                }
            } else if (block instanceof Pair p) {
                float size = size(p.style());
                float indent = p.indent() * NORMAL_SIZE * 0.5f;
                String right = printable(font, p.right());
                float rightWidth = width(font, size, right);
                List<String> left = wrap(font, size, printable(font, p.left()), content - indent);
                for (int i = 0; i < left.size() - 1; i++) {
                    items.add(textLine(left.get(i), "", Align.LEFT, p.style(), indent));
                }
                String last = left.get(left.size() - 1);
                if (width(font, size, last) + rightWidth + size <= content - indent) {
                    items.add(textLine(last, right, Align.LEFT, p.style(), indent));
                } else {
                    items.add(textLine(last, "", Align.LEFT, p.style(), indent));
                    items.add(textLine("", right, Align.LEFT, p.style(), indent));
                }
            } else if (block instanceof Rule) {
                items.add(rule());
            } else if (block instanceof Qr q) {
                items.add(qr(q.data()));
                items.add(textLine(q.data(), "", Align.CENTER, Style.NORMAL, 0));
            } else if (block instanceof Logo && hasLogo) {
                items.add(logo());
            }
        }
        return items;
    }

    private static Placed textLine(String left, String right, Align align, Style style, float indent) {
        float size = size(style);
        return new Placed() {
            @Override
            public float height() {
                return size * LEADING;
            }

            @Override
            public void draw(PDPageContentStream cs, PDFont font, PDImageXObject logo, float top) throws IOException {
                float baseline = top - size;
                float content = WIDTH - 2 * MARGIN;
                float x = switch (align) {
                    case LEFT -> MARGIN + indent;
                    case CENTER -> MARGIN + (content - width(font, size, left)) / 2;
                    case RIGHT -> MARGIN + content - width(font, size, left);
                };
                show(cs, font, size, style, left, x, baseline);
                if (!right.isEmpty()) {
                    show(cs, font, size, style, right, WIDTH - MARGIN - width(font, size, right), baseline);
                }
            }
        };
    }

    private static void show(PDPageContentStream cs, PDFont font, float size, Style style, String text, float x,
                             float y) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        // The font has no bold face: bold is drawn by stroking the outline as well as filling it.
        boolean bold = style != Style.NORMAL;
        cs.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        cs.setLineWidth(bold ? size * 0.04f : 0);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static Placed rule() {
        return new Placed() {
            @Override
            public float height() {
                return NORMAL_SIZE * LEADING;
            }

            @Override
            public void draw(PDPageContentStream cs, PDFont font, PDImageXObject logo, float top) throws IOException {
                float y = top - height() / 2;
                cs.setLineWidth(0.5f);
                cs.setLineDashPattern(new float[] {2f, 2f}, 0);
                cs.moveTo(MARGIN, y);
                cs.lineTo(WIDTH - MARGIN, y);
                cs.stroke();
                cs.setLineDashPattern(new float[0], 0);
            }
        };
    }

    private static Placed qr(String data) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(data, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + data, e);
        }
        float side = matrix.getWidth() * QR_MODULE;
        return new Placed() {
            @Override
            public float height() {
                return side + NORMAL_SIZE;
            }

            @Override
            public void draw(PDPageContentStream cs, PDFont font, PDImageXObject logo, float top) throws IOException {
                float left = (WIDTH - side) / 2;
                float y0 = top - NORMAL_SIZE / 2;
                for (int y = 0; y < matrix.getHeight(); y++) {
                    for (int x = 0; x < matrix.getWidth(); x++) {
                        if (matrix.get(x, y)) {
                            cs.addRect(left + x * QR_MODULE, y0 - (y + 1) * QR_MODULE, QR_MODULE, QR_MODULE);
                        }
                    }
                }
                cs.fill();
            }
        };
    }

    private static Placed logo() {
        float maxWidth = 50 * MM;
        return new Placed() {
            @Override
            public float height() {
                return 22 * MM;
            }

            @Override
            public void draw(PDPageContentStream cs, PDFont font, PDImageXObject logo, float top) throws IOException {
                float boxHeight = height() - 2 * MM;
                float scale = Math.min(maxWidth / logo.getWidth(), boxHeight / logo.getHeight());
                float w = logo.getWidth() * scale;
                float h = logo.getHeight() * scale;
                cs.drawImage(logo, (WIDTH - w) / 2, top - h, w, h);
            }
        };
    }

    // ---------------------------------------------------------------- text

    private static float size(Style style) {
        return style == Style.LARGE ? LARGE_SIZE : NORMAL_SIZE;
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** The text with every character the font has no glyph for replaced by 〓 (or ? if even that is missing). */
    static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            out.append(encodable(font, c) ? c : encodable(font, ShiftJis.MISSING) ? ShiftJis.MISSING : "?");
        });
        return out.toString();
    }

    private static boolean encodable(PDFont font, String c) {
        try {
            font.encode(c);
            return font.getStringWidth(c) > 0 || c.isBlank();
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty() && width(font, size, rest) > maxWidth) {
            int cut = 1;
            while (cut < rest.length() && width(font, size, rest.substring(0, cut + 1)) <= maxWidth) {
                cut++;
            }
            int space = rest.lastIndexOf(' ', cut);
            if (space > cut * 2 / 3) {
                cut = space;
            }
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        lines.add(rest);
        return lines;
    }
}
