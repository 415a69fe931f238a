package dev.kaikei.journal;

/** Receives committed changes on the journal's own notification thread, never while the journal holds a lock. */
@FunctionalInterface
public interface JournalListener {

    void onChange(JournalChange change);
}
