package dev.kaikei.ui.acceptance;

import static dev.kaikei.ui.testing.Fx.awaitShowing;
import static dev.kaikei.ui.testing.Fx.screenshot;
import static dev.kaikei.ui.testing.Fx.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.app.HqSyncStatus;
import dev.kaikei.config.HqLink;
import dev.kaikei.config.Secret;
import dev.kaikei.hq.HqFixture;
import dev.kaikei.sync.SyncPusher;
import dev.kaikei.sync.SyncTiming;
import dev.kaikei.ui.UiServices;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Acceptance: Settings shows HQ sync (a real pusher and a real HQ)")
class HqSyncSettingsTest extends EngineScreensTest {

    private HqFixture hq;
    private SyncPusher pusher;

    @Override
    protected UiServices.Builder moreServices(UiServices.Builder builder) {
        hq = HqFixture.start();
        pusher = new SyncPusher(journal, new HqLink(hq.uri(), Secret.of(hq.enrol("S1", "T1"))),
                SyncTiming.defaults().withBackoff(Duration.ofMillis(50), Duration.ofMillis(500)), Clock.systemUTC());
        pusher.start();
        return builder.hqSync(new HqSyncStatus(pusher));
    }

    @AfterEach
    void stopHq() {
        pusher.close();
        hq.close();
    }

    @Test
    @DisplayName("after a sale, Settings says \"HQ: last synced HH:mm, 0 waiting\" and HQ holds the sale")
    void showsLastSync() {
        String id = paidPayment(1200, "latte", false);
        await().until(() -> hq.scalar("SELECT count(*) FROM payments WHERE merchant_payment_id = '" + id
                + "' AND sale_yen = 1200") == 1);

        robot.clickOn("#nav-settings");
        awaitShowing(robot, "#settings-hq-status");
        await().untilAsserted(() -> assertThat(text(robot, "#settings-hq-status"))
                .matches("HQ: last synced \\d\\d:\\d\\d, 0 waiting"));
        screenshot(window.scene(), "settings-hq-status");
    }
}
