package dev.kaikei.journal;

/** Whether a till session still takes cash ({@link #OPEN}) or has been closed (精算) with its Z report. */
public enum TillState {
    OPEN,
    CLOSED
}
