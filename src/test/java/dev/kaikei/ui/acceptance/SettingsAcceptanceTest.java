package dev.kaikei.ui.acceptance;

import static dev.kaikei.ui.testing.Fx.awaitShowing;
import static dev.kaikei.ui.testing.Fx.awaitText;
import static dev.kaikei.ui.testing.Fx.fx;
import static dev.kaikei.ui.testing.Fx.screenshot;
import static dev.kaikei.ui.testing.Fx.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kaikei.config.ConfigKeys;
import dev.kaikei.config.PayPayMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Acceptance: the Settings screen (validation, test connection, live language switch)")
class SettingsAcceptanceTest extends EngineScreensTest {

    private Path settingsFile() {
        return dir.resolve("kaikei.properties");
    }

    private void choose(String combo, String item) {
        robot.clickOn(combo);
        robot.clickOn(item);
    }

    private void openSettings() {
        robot.clickOn("#nav-settings");
        awaitShowing(robot, "#settings-save");
    }

    @Test
    @DisplayName("Sandbox without keys: the loader's problems appear next to each field and nothing is saved")
    void validationErrors() {
        openSettings();
        choose("#settings-env", "Sandbox (PayPay test environment)");
        robot.clickOn("#settings-terminal-id").eraseText(20).write("BAD ID!");
        paste("#settings-store-id", "S\u200B1");
        paste("#settings-link-redirect-url", "http://shop.example/linked");
        robot.clickOn("#settings-save");
        awaitText(robot, "#error-paypay-apiKey",
                "Is required when paypay.env is STAGING (only SIMULATOR runs without PayPay keys)");
        assertThat(text(robot, "#error-paypay-apiSecret")).startsWith("Is required when paypay.env is STAGING");
        assertThat(text(robot, "#error-paypay-merchantId")).startsWith("Is required when paypay.env is STAGING");
        assertThat(text(robot, "#error-terminal-id")).startsWith("Must be 1-16 characters of a-z A-Z 0-9 - _");
        assertThat(text(robot, "#error-store-id"))
                .isEqualTo("Must be printable text without control characters (found U+200B)");
        assertThat(text(robot, "#error-paypay-linkRedirectUrl")).startsWith("Must be an absolute https:// URL");
        assertThat(text(robot, "#settings-message")).isEqualTo("Please fix the fields marked in red.");
        assertThat(settingsFile()).doesNotExist();
        screenshot(window.scene(), "e2e-settings-errors");
    }

    @Test
    @DisplayName("Test connection with the simulator's credentials on a sandbox setup: accepted, clock right")
    void testConnection() throws Exception {
        Files.writeString(settingsFile(), ConfigKeys.BASE_URL + "=" + sim.baseUri() + "\n", StandardCharsets.UTF_8);
        openSettings();
        choose("#settings-env", "Sandbox (PayPay test environment)");
        // Pasted rather than typed key by key: these are long generated strings.
        paste("#settings-api-key", sim.apiKey());
        paste("#settings-api-secret", sim.apiSecret());
        paste("#settings-merchant-id", sim.merchantId());
        robot.clickOn("#test-connection-button");
        await().until(() -> lines().startsWith("✓ PayPay accepted"));
        assertThat(lines()).contains("✓ The clock is right");
        screenshot(window.scene(), "e2e-settings-test-connection");

        robot.clickOn("#settings-save");
        awaitText(robot, "#settings-message", "Saved. Restart Kaikei to apply the connection and terminal changes.");
        String saved = Files.readString(settingsFile());
        assertThat(saved).contains("paypay.env=STAGING").contains(ConfigKeys.BASE_URL);
        // The secret field is write-only: empty again after saving, the secret only in the (private) file.
        assertThat(fx(() -> robot.lookup("#settings-api-secret").queryAs(javafx.scene.control.TextField.class)
                .getText())).isEmpty();
    }

    @Test
    @DisplayName("the pre-authorize switch and the language segments turn by a tap and are saved")
    void switchAndSegments() throws Exception {
        openSettings();
        robot.clickOn("#settings-pre-auth");
        await().until(() -> fx(() -> robot.lookup("#settings-pre-auth").queryAs(ToggleSwitch.class).isSelected()));
        robot.clickOn("#settings-language-en");
        assertThat(fx(() -> robot.lookup("#settings-language-en").queryAs(ToggleButton.class).isSelected()))
                .as("a tap on the chosen segment keeps it chosen").isTrue();
        screenshot(window.scene(), "e2e-settings-switch-on");
        robot.clickOn("#settings-save");
        awaitText(robot, "#settings-message", "Saved. Restart Kaikei to apply the connection and terminal changes.");
        assertThat(Files.readString(settingsFile())).contains("checkout.preAuthEnabled=true", "locale=en");
    }

    private void paste(String field, String value) {
        fx(() -> {
            robot.lookup(field).queryAs(javafx.scene.control.TextField.class).setText(value);
            return null;
        });
    }

    private String lines() {
        return fx(() -> String.join("\n", robot.lookup("#check-results").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Labeled) n).getText()).toList()));
    }

    @Test
    @DisplayName("choosing Japanese and saving rebuilds every screen in Japanese at once, no restart")
    void languageSwitch() {
        openSettings();
        robot.clickOn("#settings-language-ja");
        robot.clickOn("#settings-save");
        awaitText(robot, "#nav-history", "履歴");
        assertThat(window.locale()).isEqualTo(Locale.JAPANESE);
        // The spoken "paid" sentence follows too, not only the screens.
        assertThat(sound.switchedTo()).contains(Locale.JAPANESE);
        awaitText(robot, "#settings-message", "保存しました。選んだ言語で表示しています。");
        assertThat(text(robot, "#training-band")).isEqualTo("トレーニング（シミュレーター）");
        assertThat(fx(() -> robot.lookup("#settings-env").queryAs(ComboBox.class).getValue()))
                .isEqualTo(PayPayMode.SIMULATOR);
        screenshot(window.scene(), "e2e-settings-japanese");
        robot.clickOn("#nav-charge");
        awaitText(robot, "#charge-button", "請求する");
        screenshot(window.scene(), "e2e-charge-japanese");
    }
}
