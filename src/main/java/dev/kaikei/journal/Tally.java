package dev.kaikei.journal;

/** How many, and how many yen: one line of a till report. */
public record Tally(int count, long yen) {

    public static final Tally NONE = new Tally(0, 0);
}
