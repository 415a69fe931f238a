package dev.kaikei.ui.settings;

/** HQ sync as Settings sees it: the current summary, and a call whenever a push ends. */
public interface HqSyncSource {

    /** Reads the summary (may touch the journal: call it off the UI thread). */
    HqSyncSummary current();

    /** Calls {@code listener} (on a background thread) after every push; closing the handle stops it. */
    AutoCloseable onChange(Runnable listener);
}
