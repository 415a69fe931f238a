package dev.kaikei.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.testing.EscPosDecoder;
import dev.kaikei.testing.EscPosDecoder.Printout;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ESC/POS bytes")
class EscPosReceiptTest {

    private final ReceiptDocument doc = new ReceiptComposer(Locale.JAPANESE)
            .compose(ReceiptFixtures.sale(ReceiptFixtures.MIXED, ReceiptFixtures.STORE, false));

    @Test
    @DisplayName("start with reset, Japanese characters and Shift_JIS kanji mode; end with one cut")
    void frame() {
        byte[] b = EscPosReceipt.render(doc, PaperWidth.MM_80, Optional.empty(), false);
        assertThat(Arrays.copyOf(b, 11)).containsExactly(0x1B, '@', 0x1B, 'R', 8, 0x1B, 't', 1, 0x1C, 'C',
                1);
        assertThat(b[11]).isEqualTo((byte) 0x1C);
        assertThat(b[12]).isEqualTo((byte) '&');
        Printout p = EscPosDecoder.decode(b);
        assertThat(p.cuts()).isEqualTo(1);
        assertThat(p.drawerPulses()).isZero();
        assertThat(p.images()).isZero();
        assertThat(p.text()).contains("登録番号 T7000012050002", "※は軽減税率対象");
        assertThat(p.lines()).filteredOn(l -> l.text().startsWith("Kaikei")).singleElement()
                .satisfies(l -> assertThat(l.large() && l.bold() && l.align() == 1).isTrue());
    }

    @Test
    @DisplayName("the drawer pulse (ESC p) follows the cut when asked for")
    void drawer() {
        byte[] b = EscPosReceipt.render(doc, PaperWidth.MM_80, Optional.empty(), true);
        assertThat(EscPosDecoder.decode(b).drawerPulses()).isEqualTo(1);
        assertThat(Arrays.copyOfRange(b, b.length - 9, b.length))
                .containsExactly(0x1D, 'V', 66, 0, 0x1B, 'p', 0, 25, (byte) 250);
    }

    @Test
    @DisplayName("the logo is a raster image (GS v 0) scaled to the paper, dark pixels black")
    void logo() {
        BufferedImage picture = new BufferedImage(800, 200, BufferedImage.TYPE_INT_RGB);
        var g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 200);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 400, 200);
        g.dispose();
        MonochromeImage logo = MonochromeImage.of(picture, PaperWidth.MM_58.dots());
        assertThat(logo.widthBytes()).isEqualTo(45);
        assertThat(logo.height()).isEqualTo(90);
        assertThat(logo.bits()[0]).isEqualTo((byte) 0xFF);
        assertThat(logo.bits()[44]).isEqualTo((byte) 0x00);
        Printout p = EscPosDecoder.decode(EscPosReceipt.render(doc, PaperWidth.MM_58, Optional.of(logo), false));
        assertThat(p.images()).isEqualTo(1);
        assertThat(p.text()).contains("登録番号 T7000012050002");
    }
}
