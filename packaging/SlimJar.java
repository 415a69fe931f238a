import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar without the entries an installed app never reads, for build-installer.sh (a single-file program:
 * {@code java packaging/SlimJar.java IN OUT [--stored] GLOB...}). The installers carry the natives beside the jar and
 * only one theme is used, so the fat jar's copies for every OS and the other themes are dead weight. With
 * {@code --stored} entries are written uncompressed: the installer's own compression (xz) then sees the class files
 * themselves and packs them far better than already-deflated ones, and classes load without inflating.
 */
public final class SlimJar {

    private SlimJar() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java SlimJar.java IN.jar OUT.jar [--stored] [GLOB...]");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        boolean stored = false;
        List<PathMatcher> drop = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--stored")) {
                stored = true;
            } else {
                drop.add(FileSystems.getDefault().getPathMatcher("glob:" + args[i]));
            }
        }
        int kept = 0;
        int dropped = 0;
        try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(in));
             ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(out))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                String name = e.getName();
                if (!e.isDirectory() && matches(drop, name)) {
                    dropped++;
                    continue;
                }
                byte[] data = zin.readAllBytes();
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(e.getTime());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(data.length);
                    copy.setCompressedSize(data.length);
                    copy.setCrc(crc.getValue());
                }
                zout.putNextEntry(copy);
                zout.write(data);
                zout.closeEntry();
                kept++;
            }
        }
        System.out.printf("    %s: kept %d entries, dropped %d (%d -> %d KB)%n", out.getFileName(), kept, dropped,
                Files.size(in) / 1024, Files.size(out) / 1024);
    }

    private static boolean matches(List<PathMatcher> globs, String name) {
        Path p = Path.of(name);
        return globs.stream().anyMatch(g -> g.matches(p));
    }
}
