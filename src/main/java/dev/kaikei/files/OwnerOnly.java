package dev.kaikei.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Files that hold money data (the journal, backups, exports, support bundles, logs, the PIN lockout) are the shop
 * owner's only: on POSIX systems folders Kaikei creates are {@code 700} and its files {@code 600}, whatever the
 * umask. Elsewhere (Windows) the user profile's own access rules apply and nothing is changed.
 */
public final class OwnerOnly {

    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /**
     * Creates {@code dir} and any missing parents as owner-only folders; folders that exist already are left as they
     * are (they may be shared on purpose, like a home directory).
     */
    public static void createDirectories(Path dir) throws IOException {
        if (dir == null || Files.isDirectory(dir)) {
            return;
        }
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = dir.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        for (Path p : missing) {
            if (isPosix(p.getParent())) {
                try {
                    Files.createDirectory(p, asAttribute(FOLDER));
                } catch (FileAlreadyExistsException raced) {
                    continue;
                }
                restrict(p, FOLDER); // the umask may have taken bits away; set them exactly
            } else {
                Files.createDirectories(p);
            }
        }
        if (!Files.isDirectory(dir)) {
            throw new FileAlreadyExistsException(dir.toString(), null, "exists and is not a folder");
        }
    }

    /** Makes an existing file owner-only ({@code 600}). */
    public static void restrict(Path file) throws IOException {
        restrict(file, FILE);
    }

    /** Creates an empty owner-only file if it does not exist yet, and makes it owner-only either way. */
    public static void createFile(Path file) throws IOException {
        createDirectories(file.toAbsolutePath().getParent());
        if (!Files.exists(file)) {
            try {
                Files.createFile(file, isPosix(file.toAbsolutePath().getParent()) ? new FileAttribute<?>[] {
                        asAttribute(FILE)} : new FileAttribute<?>[0]);
            } catch (FileAlreadyExistsException raced) {
                // made meanwhile: restricted below
            }
        }
        restrict(file);
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(permissions);
        }
    }

    private static boolean isPosix(Path existing) {
        Path p = existing == null ? Path.of(".").toAbsolutePath() : existing;
        return Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }

    private static FileAttribute<Set<PosixFilePermission>> asAttribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
