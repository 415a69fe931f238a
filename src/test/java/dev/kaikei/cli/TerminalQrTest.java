package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TerminalQrTest {

    private static final Pattern CELL = Pattern.compile("\u001b\\[(\\d+);(\\d+)m▀");

    /** Turns the coloured half blocks back into pixels (black fg/bg = dark module) and decodes them with ZXing. */
    @Test
    void terminalOutputDecodesToTheSameUrl() throws Exception {
        String url = "http://127.0.0.1:18080/simulator/pay/0426a3b5-9c0e-4b7b-8c77-3c4f0d2d1e55";
        String out = TerminalQr.render(url);
        List<boolean[]> rows = new ArrayList<>();
        for (String line : out.split("\\R")) {
            Matcher mt = CELL.matcher(line);
            List<Boolean> top = new ArrayList<>();
            List<Boolean> bottom = new ArrayList<>();
            while (mt.find()) {
                top.add(mt.group(1).equals("30"));
                bottom.add(mt.group(2).equals("40"));
            }
            if (!top.isEmpty()) {
                rows.add(toArray(top));
                rows.add(toArray(bottom));
            }
        }
        int scale = 4;
        int w = rows.get(0).length * scale;
        int h = rows.size() * scale;
        int[] pixels = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = rows.get(y / scale)[x / scale] ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(url);
        // Quiet zone: the first two text rows (4 modules) are all light.
        assertThat(rows.subList(0, 4)).allSatisfy(r -> assertThat(r).doesNotContain(true));
        assertThat(out).endsWith("\u001b[0m" + System.lineSeparator());
    }

    private static boolean[] toArray(List<Boolean> list) {
        boolean[] a = new boolean[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }
}
