package dev.kaikei.receipt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds a Japanese TrueType font installed on this machine for PDF receipts. Kaikei ships none: the installer already
 * depends on one (IPAex Gothic, VL Gothic, Noto CJK on Linux; MS Gothic / Yu Gothic on Windows; Hiragino on macOS),
 * and embedding a subset into each PDF keeps both the jar and the receipts small.
 */
public final class JapaneseFont {

    /** Fonts with TrueType outlines PDFBox can subset, most common first. */
    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
            "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
            "/usr/share/fonts/truetype/vlgothic/VL-Gothic-Regular.ttf",
            "/usr/share/fonts/truetype/takao-gothic/TakaoPGothic.ttf",
            "C:\\Windows\\Fonts\\msgothic.ttc",
            "C:\\Windows\\Fonts\\YuGothM.ttc",
            "C:\\Windows\\Fonts\\meiryo.ttc",
            "/System/Library/Fonts/ヒラギノ角ゴシック W3.ttc",
            "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf");

    /** What to tell a person when there is none. */
    public static final String MISSING = "PDF receipts need a Japanese font and none was found. Install one, e.g."
            + " `sudo apt-get install fonts-ipaexfont-gothic` (Debian/Ubuntu), or set -Dkaikei.receiptFont=FILE.ttf";

    private JapaneseFont() {
    }

    /**
     * The font file to use: {@code -Dkaikei.receiptFont}, else the first known font present, else what fontconfig
     * offers for Japanese (Linux).
     */
    public static Optional<Path> locate() {
        String override = System.getProperty("kaikei.receiptFont");
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        }
        for (String candidate : CANDIDATES) {
            try {
                Path p = Path.of(candidate);
                if (Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            } catch (InvalidPathException e) {
                // a Windows path on Linux or the reverse
            }
        }
        return fontconfig();
    }

    /** {@code fc-list :lang=ja} lists the fonts fontconfig knows that cover Japanese; the first TrueType one. */
    private static Optional<Path> fontconfig() {
        try {
            Process p = new ProcessBuilder("fc-list", ":lang=ja", "file").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(3, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return out.lines().map(l -> l.replaceAll(":\\s*$", "").strip())
                    .filter(f -> f.toLowerCase(Locale.ROOT).matches(".*\\.tt[fc]"))
                    .sorted().map(Path::of).filter(Files::isRegularFile).findFirst();
        } catch (IOException e) {
            return Optional.empty(); // no fontconfig on this system
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
