package dev.kaikei.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaikei.config.HqLink;
import dev.kaikei.config.Secret;
import dev.kaikei.hq.HqFixture;
import dev.kaikei.sync.wire.SyncAck;
import dev.kaikei.sync.wire.SyncBatch;
import dev.kaikei.sync.wire.SyncChange;
import dev.kaikei.sync.wire.SyncedPayment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A till's push never sends more than HQ reads")
class SyncClientTest {

    private static final long T = Instant.parse("2026-11-02T01:00:00Z").toEpochMilli();
    private static HqFixture hq;

    @BeforeAll
    static void start() {
        hq = HqFixture.start();
    }

    @AfterAll
    static void stop() {
        hq.close();
    }

    static SyncChange change(long seq, String description) {
        return SyncChange.of(seq, new SyncedPayment("F-" + seq, SyncedPayment.Kind.QR, 1200, description, null,
                SyncedPayment.State.COMPLETED, T, T, null, 1200, false, false));
    }

    private static SyncClient client(String token, int maxBytes) {
        return new SyncClient(new HqLink(hq.uri(), Secret.of(token)), Duration.ofSeconds(10), maxBytes);
    }

    @Test
    @DisplayName("a batch larger than the limit goes in its first changes; the acknowledgement says how far")
    void sendsWhatFits() throws Exception {
        String token = hq.enrol("S-fit", "T1");
        List<SyncChange> waiting = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            waiting.add(change(i, "x".repeat(200)));
        }
        SyncClient client = client(token, 4096);

        int pushes = 0;
        while (!waiting.isEmpty()) {
            SyncAck ack = client.push(new SyncBatch(waiting));
            assertThat(ack.ackedSeq()).isGreaterThanOrEqualTo(waiting.get(0).seq());
            waiting.removeIf(c -> c.seq() <= ack.ackedSeq());
            pushes++;
        }

        assertThat(pushes).isBetween(4, 40);
        assertThat(hq.scalar("SELECT count(*) FROM payments p JOIN terminals t ON t.id = p.terminal_ref "
                + "WHERE t.store_id = 'S-fit'")).isEqualTo(40);
    }

    @Test
    @DisplayName("one change larger than the limit is a clear failure and nothing is sent")
    void oneChangeTooLarge() {
        String token = hq.enrol("S-big", "T1");

        assertThatThrownBy(() -> client(token, 1024).push(new SyncBatch(List.of(change(5, "y".repeat(2000))))))
                .isInstanceOf(SyncFailure.class).hasMessageContaining("change 5 is")
                .hasMessageContaining("more than HQ reads (1024)");
        assertThat(hq.scalar("SELECT count(*) FROM terminals WHERE store_id = 'S-big' AND last_sync_at IS NULL"))
                .isEqualTo(1);
    }
}
