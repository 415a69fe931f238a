package dev.kaikei.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PDF receipts")
class PdfReceiptTest {

    static Path font() {
        return JapaneseFont.locate().orElseThrow(() -> new AssertionError(JapaneseFont.MISSING));
    }

    @Test
    @DisplayName("the text reads back: store, registration number, ※ lines, per-rate totals and tax, total, PayPay id")
    void readsBack() throws Exception {
        ReceiptDocument doc = new ReceiptComposer(Locale.JAPANESE)
                .compose(ReceiptFixtures.sale(ReceiptFixtures.MIXED, ReceiptFixtures.STORE, false));
        byte[] pdf = PdfReceipt.render(doc, font(), Optional.empty(), "Receipt T1-000042");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d);
            assertThat(text).contains("Kaikei Coffee 渋谷店", "登録番号 T7000012050002", "幕の内弁当 ※", "¥540",
                    "8%対象", "¥690", "(内消費税", "¥51)", "10%対象", "非課税", "合計", "¥805",
                    "04123456789012345678", "※は軽減税率対象", "T1-000042");
            assertThat(d.getNumberOfPages()).isEqualTo(1);
            assertThat(d.getPage(0).getMediaBox().getWidth()).isCloseTo(226.77f, org.assertj.core.data.Offset.offset(0.1f));
            assertThat(d.getDocumentInformation().getTitle()).isEqualTo("Receipt T1-000042");
            PDFont embedded = d.getPage(0).getResources().getFont(d.getPage(0).getResources().getFontNames()
                    .iterator().next());
            assertThat(embedded.isEmbedded()).isTrue();
            // A subset: only the glyphs used travel with the receipt.
            assertThat(embedded.getName()).matches("[A-Z]{6}\\+.*");
        }
        assertThat(pdf.length).as("bytes of a subset-embedded receipt").isLessThan(60_000);
    }

    @Test
    @DisplayName("a character the font lacks prints as 〓 instead of failing the receipt")
    void missingGlyph() throws Exception {
        ReceiptDocument doc = new ReceiptDocument(List.of(new ReceiptDocument.Text("おにぎり 🍙",
                ReceiptDocument.Align.LEFT, ReceiptDocument.Style.NORMAL)));
        try (PDDocument d = Loader.loadPDF(PdfReceipt.render(doc, font(), Optional.empty(), "t"))) {
            assertThat(new PDFTextStripper().getText(d)).contains("おにぎり 〓");
        }
    }
}
