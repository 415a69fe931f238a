package dev.kaikei.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.kaikei.config.HqLink;
import dev.kaikei.sync.wire.SyncAck;
import dev.kaikei.sync.wire.SyncBatch;
import dev.kaikei.sync.wire.SyncChange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Sends one batch to HQ's {@code POST /api/v1/sync} with the terminal token. Pushing is idempotent at HQ, so a batch
 * whose answer was lost is simply sent again. Any answer but a well-formed acknowledgement is a {@link SyncFailure}.
 * A batch is never sent larger than HQ reads ({@link SyncBatch#MAX_BYTES}): only its first changes go, and HQ's
 * acknowledgement says how far it got, so the rest waits for the next push.
 */
final class SyncClient {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // A change carries one of four parts: the other three stay off the wire.
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();
    private static final int MAX_ANSWER_BYTES = 64 * 1024;

    private final URI endpoint;
    private final HqLink link;
    private final Duration timeout;
    private final int maxBytes;

    SyncClient(HqLink link, Duration timeout) {
        this(link, timeout, SyncBatch.MAX_BYTES);
    }

    SyncClient(HqLink link, Duration timeout, int maxBytes) {
        this.link = link;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        String base = link.url().toString();
        this.endpoint = URI.create((base.endsWith("/") ? base : base + "/") + "api/v1/sync");
    }

    SyncAck push(SyncBatch batch) throws SyncFailure {
        HttpURLConnection connection = null;
        try {
            byte[] body = fitting(batch);
            connection = (HttpURLConnection) endpoint.toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setConnectTimeout((int) timeout.toMillis());
            connection.setReadTimeout((int) timeout.toMillis());
            connection.setInstanceFollowRedirects(false);
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty("Authorization", "Bearer " + link.token().reveal());
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            if (status == 200) {
                try (InputStream in = connection.getInputStream()) {
                    return parse(in.readNBytes(MAX_ANSWER_BYTES));
                }
            }
            drain(connection);
            if (status == 401 || status == 403) {
                throw new SyncFailure("HQ refused this terminal's token (HTTP " + status + "): ask for a new one "
                        + "(kaikei hq terminal add) and set hq.token", true);
            }
            throw new SyncFailure("HQ answered HTTP " + status, false);
        } catch (SyncFailure e) {
            throw e;
        } catch (IOException e) {
            throw new SyncFailure("HQ at " + link.url() + " could not be reached: " + e.getMessage(), e);
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    /** The batch's JSON, or that of its first half, quarter, … when larger than HQ reads. */
    private byte[] fitting(SyncBatch batch) throws IOException {
        List<SyncChange> changes = batch.changes();
        byte[] body = JSON.writeValueAsBytes(batch);
        while (body.length > maxBytes) {
            if (changes.size() <= 1) {
                throw new SyncFailure("change " + changes.get(0).seq() + " is " + body.length + " bytes as JSON, "
                        + "more than HQ reads (" + maxBytes + ")", false);
            }
            changes = changes.subList(0, changes.size() / 2);
            body = JSON.writeValueAsBytes(new SyncBatch(changes));
        }
        return body;
    }

    private static SyncAck parse(byte[] answer) throws SyncFailure {
        try {
            SyncAck ack = JSON.readValue(answer, SyncAck.class);
            if (ack == null || ack.ackedSeq() < 0 || ack.lastSeq() < ack.ackedSeq()) {
                throw new SyncFailure("HQ's answer is not an acknowledgement", false);
            }
            return ack;
        } catch (IOException e) {
            throw new SyncFailure("HQ's answer is not an acknowledgement (truncated or not JSON)", false);
        }
    }

    private static void drain(HttpURLConnection connection) {
        try (InputStream err = connection.getErrorStream()) {
            if (err != null) {
                err.readNBytes(MAX_ANSWER_BYTES);
            }
        } catch (IOException e) {
            // Only read to free the connection.
        }
    }
}
