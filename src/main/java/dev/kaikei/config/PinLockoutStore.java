package dev.kaikei.config;

import dev.kaikei.files.OwnerOnly;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Where the PIN lockout lives. {@link #update} is atomic: read, change and write happen under one lock, across threads
 * and, for the file store, across processes (the cashier app and a command line refund share it).
 */
public interface PinLockoutStore {

    /** Applies {@code change} to the stored state atomically and returns the new state. */
    PinLockout update(UnaryOperator<PinLockout> change);

    /** The stored state. */
    default PinLockout current() {
        return update(UnaryOperator.identity());
    }

    /** Kept in memory only (tests, and tools with no place to keep it). */
    static PinLockoutStore inMemory() {
        return new PinLockoutStore() {
            private PinLockout state = PinLockout.CLEAR;

            @Override
            public synchronized PinLockout update(UnaryOperator<PinLockout> change) {
                state = change.apply(state);
                return state;
            }
        };
    }

    /**
     * Kept in {@code file} (owner-only), so a lockout survives a restart of the app. A file that cannot be read as a
     * lockout counts as the strictest state it could have been: locked for the longest period from now, so deleting
     * or spoiling it buys no tries.
     */
    static PinLockoutStore file(Path file) {
        return new FileStore(file);
    }

    /** The file store; its format is a small properties file (counts and an instant, never a PIN). */
    final class FileStore implements PinLockoutStore {

        private final Path file;

        private FileStore(Path file) {
            this.file = file.toAbsolutePath();
        }

        @Override
        public synchronized PinLockout update(UnaryOperator<PinLockout> change) {
            try {
                OwnerOnly.createDirectories(file.getParent());
                boolean fresh = !Files.exists(file);
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                     FileLock lock = channel.lock()) {
                    if (fresh) {
                        OwnerOnly.restrict(file);
                    }
                    PinLockout before = read(channel, fresh);
                    PinLockout after = change.apply(before);
                    if (!after.equals(before) || fresh) {
                        write(channel, after);
                    }
                    return after;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot keep the manager PIN lockout in " + file, e);
            }
        }

        private static PinLockout read(FileChannel channel, boolean fresh) throws IOException {
            if (fresh || channel.size() == 0) {
                return PinLockout.CLEAR;
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
            channel.read(buffer, 0);
            Properties p = new Properties();
            p.load(new ByteArrayInputStream(buffer.array(), 0, buffer.position()));
            try {
                return new PinLockout(Integer.parseInt(p.getProperty("wrongInARow")),
                        Integer.parseInt(p.getProperty("lockouts")),
                        Instant.ofEpochMilli(Long.parseLong(p.getProperty("lockedUntil"))));
            } catch (RuntimeException e) {
                return new PinLockout(PinLockout.FREE_ATTEMPTS, 10, Instant.now().plus(PinLockout.MAX_LOCKOUT));
            }
        }

        private static void write(FileChannel channel, PinLockout state) throws IOException {
            String text = "# Manager PIN lockout: wrong tries in a row, lockouts, locked until (epoch ms).\n"
                    + "wrongInARow=" + state.wrongInARow() + "\nlockouts=" + state.lockouts()
                    + "\nlockedUntil=" + state.lockedUntil().toEpochMilli() + "\n";
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(bytes), 0);
            channel.force(true);
        }
    }
}
