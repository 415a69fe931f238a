package dev.kaikei.app;

import dev.kaikei.sync.SyncPusher;
import dev.kaikei.sync.SyncState;
import dev.kaikei.sync.SyncStatus;
import dev.kaikei.ui.settings.HqSyncSource;
import dev.kaikei.ui.settings.HqSyncSummary;

/** Hands the sync pusher's status to Settings, in the screen's own terms (the UI does not know the sync package). */
public final class HqSyncStatus implements HqSyncSource {

    private final SyncPusher pusher;

    public HqSyncStatus(SyncPusher pusher) {
        this.pusher = pusher;
    }

    @Override
    public HqSyncSummary current() {
        SyncStatus s = pusher.status();
        return new HqSyncSummary(s.lastSyncedAt(), s.waiting(),
                s.state() == SyncState.RETRYING || s.state() == SyncState.REFUSED);
    }

    @Override
    public AutoCloseable onChange(Runnable listener) {
        return pusher.addListener(status -> listener.run());
    }
}
