package dev.kaikei.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chaos acceptance test at suite size: 4 terminals (child JVMs, own journals), one simulator failing about 20% of
 * calls with every kind of fault, terminals killed at random during checkouts, refunds and cancels. After reconcile
 * every terminal's export agrees with PayPay's ledger. {@code ChaosRun} runs the same for longer.
 */
@DisplayName("chaos: 4 terminals, 20% faults, random kills — the exports equal PayPay's ledger")
class ChaosTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("no payment missing or phantom, no refund missing or doubled, nothing unresolved")
    void exportsEqualLedger() throws Exception {
        Chaos.Report report = Chaos.run(new Chaos.Plan(4, 6, 0.20, 20_261_206L), dir);

        assertThat(report.differences()).as("differences between the exports and PayPay").isEmpty();
        assertThat(report.kills()).isEqualTo(6);
        assertThat(report.faultsFired()).as("faults injected").isPositive();
        assertThat(report.ledger().payments()).as("payments reached PayPay").hasSizeGreaterThan(8);
        assertThat(report.ledger().payments()).as("some were paid")
                .anyMatch(p -> p.acceptedAt() != null);
    }
}
