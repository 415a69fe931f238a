package dev.kaikei.logs;

import dev.kaikei.files.OwnerOnly;
import dev.kaikei.config.PlatformDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the rolling log files are: {@link LogSetup} writes to the directory in the system property {@value #PROPERTY},
 * which {@link #useDirectory} sets before the first log line (default: the platform log dir).
 */
public final class LogFiles {

    /** The system property {@link LogSetup} reads the log directory from. */
    public static final String PROPERTY = "kaikei.logDir";

    private LogFiles() {
    }

    /**
     * Points the log files at the platform log dir unless {@value #PROPERTY} is already set (e.g. {@code -D} in an
     * installer's launcher); must run before the first {@code LoggerFactory} call of the process.
     */
    public static void useDirectory(PlatformDirs dirs) {
        if (System.getProperty(PROPERTY, "").isBlank()) {
            System.setProperty(PROPERTY, dirs.logDir().toString());
        }
        try {
            prepare(directory());
        } catch (IOException | RuntimeException e) {
            System.err.println("Cannot prepare the log folder " + directory() + ": " + e);
        }
    }

    /**
     * Makes the log folder owner-only (created {@code 700} if missing) and the log files already in it {@code 600}:
     * logs name payments and amounts. Files the logger creates later are inside the owner-only folder.
     */
    public static void prepare(Path dir) throws IOException {
        OwnerOnly.createDirectories(dir);
        for (Path file : in(dir)) {
            OwnerOnly.restrict(file);
        }
    }

    /** The directory the log files go to. */
    public static Path directory() {
        String configured = System.getProperty(PROPERTY, "");
        return configured.isBlank() ? PlatformDirs.forCurrentUser().logDir() : Path.of(configured);
    }

    /** The log files in {@code dir} (current and rolled), oldest name order; empty when there are none. */
    public static List<Path> in(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("kaikei(\\.\\d+)?\\.log"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
    }
}
