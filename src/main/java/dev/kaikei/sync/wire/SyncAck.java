package dev.kaikei.sync.wire;

/**
 * HQ's answer to a push.
 *
 * @param ackedSeq the highest sequence number of the batch, now held by HQ
 * @param lastSeq  the highest sequence number HQ ever received from this till: more than the till ever gave means
 *                 the till's journal was restored from a backup and must renumber
 */
public record SyncAck(long ackedSeq, long lastSeq) {
}
