package dev.kaikei.receipt;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders the sample receipt (the mixed take-out sale of the golden receipts) to a PNG, for the README and for looking
 * at: {@code java -cp $CP dev.kaikei.receipt.ReceiptSnapshot assets/screenshots/receipt.png [ja|en]}.
 */
public final class ReceiptSnapshot {

    private ReceiptSnapshot() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/receipt.png");
        Locale locale = args.length > 1 && args[1].equals("en") ? Locale.ENGLISH : Locale.JAPANESE;
        ReceiptDocument doc = new ReceiptComposer(locale)
                .compose(ReceiptFixtures.sale(ReceiptFixtures.MIXED, ReceiptFixtures.STORE, false));
        byte[] pdf = PdfReceipt.render(doc, JapaneseFont.locate().orElseThrow(), Optional.empty(), "Receipt");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(d).renderImageWithDPI(0, 130);
            Files.createDirectories(out.toAbsolutePath().getParent());
            ImageIO.write(image, "png", out.toFile());
        }
        System.out.println("Wrote " + out);
    }
}
