package dev.kaikei.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.config.ManagerPin;
import dev.kaikei.config.PayPayMode;
import dev.kaikei.config.PlatformDirs;
import dev.kaikei.config.Settings;
import dev.kaikei.config.SettingsLoader;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.config.ManagerPinGuard;
import dev.kaikei.ui.common.Watermark;
import dev.kaikei.ui.testing.FakeCheckoutService;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("UiServices and the watermark")
class UiServicesTest {

    @TempDir
    Path tmp;

    @Test
    @DisplayName("configuredBy carries mode, pre-auth, customer screen and PIN hash; toString hides the hash")
    void fromSettings() {
        String hash = ManagerPin.hash("9753".toCharArray());
        Properties p = new Properties();
        p.setProperty("checkout.preAuthEnabled", "true");
        p.setProperty("display.customerScreen", "2");
        p.setProperty("manager.pinHash", hash);
        Settings settings = new SettingsLoader(PlatformDirs.of("Linux", tmp, Map.of()), Map.of(), Locale.JAPANESE)
                .fromProperties(p, "test");
        UiServices s = UiServices.builder(new FakeCheckoutService()).configuredBy(settings).build();
        assertThat(s.mode()).isEqualTo(PayPayMode.SIMULATOR);
        assertThat(s.training()).isTrue();
        assertThat(s.preAuthEnabled()).isTrue();
        assertThat(s.customerDisplayIndex()).hasValue(2);
        assertThat(s.managerPin().isSet()).isTrue();
        assertThat(s.managerPin().check("9753".toCharArray())).isEqualTo(ManagerPinGuard.Verdict.ACCEPTED);
        assertThat(s.history()).isEmpty();
        assertThat(s.settingsStore()).isEmpty();
        assertThat(ShellModel.availableIn(s)).containsExactly(ShellModel.Section.CHARGE);
        assertThat(s.toString()).doesNotContain(hash).contains("managerPin=(set)");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"SIMULATOR, TRAINING", "STAGING, SANDBOX", "PERF, SANDBOX", "PROD, NONE"})
    @DisplayName("only production runs without a watermark; staging says SANDBOX")
    void watermark(PayPayMode mode, Watermark expected) {
        assertThat(Watermark.of(mode)).isEqualTo(expected);
        assertThat(new Messages(Locale.ENGLISH).get("generic.sandbox")).startsWith("SANDBOX");
    }
}
