package dev.kaikei.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("cancel or refund near the end of the cancel window")
class CancelOrRefundTest extends EngineFixture {

    @Test
    @DisplayName("30 s before the window closes a cancel is no longer offered; a refund is")
    void refundInTheLastMinute() {
        String id = paid(1000);
        Instant deadline = CancelWindow.deadline(row(id).acceptedAt());
        clock.advance(Duration.between(clock.instant(), deadline.minusSeconds(30)));

        ActionOptions options = engine.actionsFor(id);
        assertThat(options.cancel()).isFalse();
        assertThat(options.refund()).isTrue();
        assertThat(engine.cancel(id)).isInstanceOfSatisfying(ActionResult.Refused.class,
                r -> assertThat(r.message()).contains("use a refund"));
        assertThat(journal.eventsFor(id)).noneMatch(e -> e.operation().equals("CANCEL_PAYMENT"));
    }
}
