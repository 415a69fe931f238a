package dev.kaikei.sync;

import dev.kaikei.config.HqLink;
import dev.kaikei.config.Secret;
import dev.kaikei.journal.Journal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.locks.LockSupport;

/**
 * The child process of {@link SyncKillTest}: a till that sells and pushes to HQ until it is killed.
 * It sells a fixed number of times, so the restarted till has a bounded backlog to push.
 * Arguments: journal file, HQ URL, terminal token, seed.
 */
public final class PushingTill {

    private static final int SALES = 150;

    private PushingTill() {
    }

    public static void main(String[] args) {
        Journal journal = SyncUnderFaultsTest.journal(Path.of(args[0]));
        SyncPusher pusher = new SyncPusher(journal, new HqLink(URI.create(args[1]), Secret.of(args[2])),
                SyncUnderFaultsTest.FAST, Clock.systemUTC());
        pusher.start();
        TillActivity activity = new TillActivity(journal, "K", Long.parseLong(args[3]));
        for (int i = 1; i <= SALES; i++) {
            activity.sale();
            System.out.println("SALE " + i);
        }
        // Then only the pusher works, until the test kills this process.
        LockSupport.park();
    }
}
