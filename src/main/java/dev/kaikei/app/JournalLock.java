package dev.kaikei.app;

import dev.kaikei.files.OwnerOnly;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on {@code <journal>.lock}, held by the one process allowed to move money with a journal. The
 * engine's reconciler closes every open row it does not own, so two money-moving processes on one journal would
 * withdraw each other's QR codes; the OS drops the lock when the holder dies, so a crash never leaves it stuck.
 */
final class JournalLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private JournalLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static JournalLock acquire(Path journal) {
        Path file = journal.resolveSibling(journal.getFileName() + ".lock");
        FileChannel channel;
        try {
            // The first thing a first start creates: the journal's folder must be owner-only from the start.
            OwnerOnly.createFile(file);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            throw new StartupException(StartupException.Reason.JOURNAL, "Cannot open the journal " + journal
                    + ": cannot create " + file + " (" + describe(e) + ")", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process (another context): just as busy
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StartupException(StartupException.Reason.JOURNAL, "Cannot lock " + file + " (" + describe(e)
                    + ")", e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StartupException(StartupException.Reason.IN_USE, "The journal " + journal
                    + " is in use by another Kaikei process (the cashier app or a command that moves money);"
                    + " close it first", null);
        }
        return new JournalLock(channel, lock);
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel close below releases it as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
    }
}
