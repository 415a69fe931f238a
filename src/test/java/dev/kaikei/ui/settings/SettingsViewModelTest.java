package dev.kaikei.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.config.ConfigKeys;
import dev.kaikei.config.ManagerPin;
import dev.kaikei.config.PayPayMode;
import dev.kaikei.config.PlatformDirs;
import dev.kaikei.config.Settings;
import dev.kaikei.config.SettingsLoader;
import dev.kaikei.selfcheck.SelfCheckReport;
import dev.kaikei.selfcheck.SelfCheckReport.ClockCheck;
import dev.kaikei.selfcheck.SelfCheckReport.CredentialsCheck;
import dev.kaikei.testing.LogCapture;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.config.ManagerPinGuard;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Tone;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("SettingsViewModel (real settings file, same-thread executors)")
class SettingsViewModelTest {

    private static final String SECRET = "c2VjcmV0LXNhdmVkLWJlZm9yZQ==";
    private static final String REDIRECT = "https://shop.example/paypay/linked";

    @TempDir
    Path tmp;

    private Path file;
    private SettingsStore store;
    private final List<Locale> switched = new ArrayList<>();
    private final List<Settings> checked = new ArrayList<>();
    private SelfCheckReport report = SelfCheckReport.notApplicable();
    private final ManagerPinGuard pins = ManagerPinGuard.inMemory(Optional.empty(), false);
    private SettingsViewModel model;

    @BeforeEach
    void setUp() throws IOException {
        file = tmp.resolve("kaikei.properties");
        Files.writeString(file, "# my shop\npaypay.env=STAGING\npaypay.apiKey=key-1\npaypay.apiSecret=" + SECRET
                + "\npaypay.merchantId=m-1\npaypay.linkRedirectUrl=" + REDIRECT + "\nterminal.id=REG1\nstore.id=S-1"
                + "\nlocale=en\ncustom.key=kept\n", StandardCharsets.UTF_8);
        store = SettingsStore.file(file, new SettingsLoader(PlatformDirs.of("Linux", tmp, Map.of()), Map.of(),
                Locale.ENGLISH));
        model = new SettingsViewModel(store, Optional.of(entered -> {
            checked.add(entered);
            return report;
        }), pins, TaskRunner.sameThread(), new Messages(Locale.ENGLISH), switched::add);
        model.load();
    }

    private Properties saved() {
        return store.load();
    }

    @Test
    @DisplayName("loads the saved values; the secret is never put back into the field")
    void loads() {
        assertThat(model.form().modeProperty().get()).isEqualTo(PayPayMode.STAGING);
        assertThat(model.form().apiKeyProperty().get()).isEqualTo("key-1");
        assertThat(model.form().apiSecretProperty().get()).isEmpty();
        assertThat(model.form().secretSavedProperty().get()).isTrue();
        assertThat(model.form().terminalIdProperty().get()).isEqualTo("REG1");
        assertThat(model.form().storeIdProperty().get()).isEqualTo("S-1");
        assertThat(model.form().linkRedirectUrlProperty().get()).isEqualTo(REDIRECT);
        assertThat(model.form().languageProperty().get()).isEqualTo("en");
    }

    @Test
    @DisplayName("PayPay store id and link redirect URL: checked by the loader's rules, saved, removed when emptied")
    void storeIdAndRedirect() throws IOException {
        String before = Files.readString(file);
        model.form().storeIdProperty().set("S\t2");
        model.form().linkRedirectUrlProperty().set("http://shop.example/paypay/linked");
        model.save();
        assertThat(model.errorProperty(ConfigKeys.STORE_ID).get())
                .isEqualTo("Must be printable text without control characters (found U+0009)");
        assertThat(model.errorProperty(ConfigKeys.LINK_REDIRECT_URL).get()).isEqualTo("Must be an absolute https://"
                + " URL with a host (http:// only when paypay.env is SIMULATOR)"
                + " (got 'http://shop.example/paypay/linked')");
        assertThat(model.errorProperty(ConfigKeys.TERMINAL_ID).get()).isEmpty();
        assertThat(model.statusProperty().get().text()).isEqualTo("Please fix the fields marked in red.");
        assertThat(Files.readString(file)).isEqualTo(before);

        model.form().storeIdProperty().set(" 渋谷店-01 ");
        model.form().linkRedirectUrlProperty().set("https://shop.example/kaikei/linked");
        model.save();
        assertThat(model.errorProperty(ConfigKeys.STORE_ID).get()).isEmpty();
        assertThat(model.errorProperty(ConfigKeys.LINK_REDIRECT_URL).get()).isEmpty();
        assertThat(saved().getProperty(ConfigKeys.STORE_ID)).isEqualTo("渋谷店-01");
        assertThat(saved().getProperty(ConfigKeys.LINK_REDIRECT_URL)).isEqualTo("https://shop.example/kaikei/linked");
        assertThat(model.statusProperty().get().text()).isEqualTo(
                "Saved. Restart Kaikei to apply the connection and terminal changes.");
        assertThat(store.validate(saved()).storeId()).contains("渋谷店-01");

        model.form().storeIdProperty().set("");
        model.form().linkRedirectUrlProperty().set("  ");
        model.save();
        assertThat(saved()).doesNotContainKeys(ConfigKeys.STORE_ID, ConfigKeys.LINK_REDIRECT_URL);
        assertThat(Files.readString(file)).contains("custom.key=kept");
    }

    @Test
    @DisplayName("an empty secret field keeps the saved secret; the file stays private and keeps its comments")
    void keepsSecret() throws IOException {
        model.form().storeNameProperty().set("Café Kaikei");
        model.save();
        assertThat(saved().getProperty(ConfigKeys.API_SECRET)).isEqualTo(SECRET);
        assertThat(saved().getProperty(ConfigKeys.STORE_NAME)).isEqualTo("Café Kaikei");
        assertThat(Files.readString(file)).startsWith("# my shop").contains("custom.key=kept");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(model.statusProperty().get().text()).isEqualTo(
                "Saved. Restart Kaikei to apply the connection and terminal changes.");
    }

    @Test
    @DisplayName("a typed secret replaces the saved one and never reaches the logs")
    void newSecret() {
        String fresh = "bmV3LXNlY3JldC12YWx1ZS0xMjM=";
        try (LogCapture logs = new LogCapture()) {
            model.form().apiSecretProperty().set(fresh);
            model.save();
            assertThat(logs.all()).doesNotContain(fresh).doesNotContain(SECRET);
        }
        assertThat(saved().getProperty(ConfigKeys.API_SECRET)).isEqualTo(fresh);
        assertThat(model.form().apiSecretProperty().get()).isEmpty();
    }

    @Test
    @DisplayName("the loader's problems show next to their fields, and nothing is written")
    void validation() throws IOException {
        String before = Files.readString(file);
        model.form().apiKeyProperty().set("");
        model.form().merchantIdProperty().set("bad id!");
        model.form().terminalIdProperty().set("WAY-TOO-LONG-TERMINAL-ID");
        model.save();
        assertThat(model.errorProperty(ConfigKeys.API_KEY).get())
                .isEqualTo("Is required when paypay.env is STAGING (only SIMULATOR runs without PayPay keys)");
        assertThat(model.errorProperty(ConfigKeys.MERCHANT_ID).get()).isEqualTo(
                "Must be 1-64 characters of a-z A-Z 0-9 - _");
        assertThat(model.errorProperty(ConfigKeys.TERMINAL_ID).get()).startsWith("Must be 1-16 characters");
        assertThat(model.errorProperty(ConfigKeys.API_SECRET).get()).isEmpty();
        assertThat(model.statusProperty().get().text()).isEqualTo("Please fix the fields marked in red.");
        assertThat(model.statusProperty().get().tone()).isEqualTo(Tone.DANGER);
        assertThat(Files.readString(file)).isEqualTo(before);

        model.form().apiKeyProperty().set("key-2");
        model.form().merchantIdProperty().set("m-2");
        model.form().terminalIdProperty().set("REG2");
        model.save();
        assertThat(model.errorProperty(ConfigKeys.API_KEY).get()).isEmpty();
        assertThat(saved().getProperty(ConfigKeys.MERCHANT_ID)).isEqualTo("m-2");
    }

    @Test
    @DisplayName("PIN: typed twice, 4-8 digits, stored only as a hash that the guard then accepts")
    void pin() {
        model.pin().newPinProperty().set("1357");
        model.pin().confirmPinProperty().set("1358");
        model.save();
        assertThat(model.errorProperty(SettingsViewModel.PIN).get()).isEqualTo("The two PINs are not the same.");
        model.pin().confirmPinProperty().set("1357");
        model.pin().newPinProperty().set("1357");
        model.pin().newPinProperty().set("13");
        model.pin().confirmPinProperty().set("13");
        model.save();
        assertThat(model.errorProperty(SettingsViewModel.PIN).get()).isEqualTo("The PIN must be 4 to 8 digits.");

        model.pin().newPinProperty().set("1357");
        model.pin().confirmPinProperty().set("1357");
        model.save();
        String hash = saved().getProperty(ConfigKeys.MANAGER_PIN_HASH);
        assertThat(hash).startsWith("pbkdf2$").doesNotContain("1357");
        assertThat(ManagerPin.verify("1357".toCharArray(), hash)).isTrue();
        assertThat(pins.check("1357".toCharArray())).isEqualTo(ManagerPinGuard.Verdict.ACCEPTED);
        assertThat(model.pin().newPinProperty().get()).isEmpty();
        assertThat(model.pin().pinSetProperty().get()).isTrue();
    }

    @Test
    @DisplayName("choosing the other language saves it and switches the screens at once")
    void language() {
        model.form().languageProperty().set("ja");
        model.save();
        assertThat(switched).containsExactly(Locale.forLanguageTag("ja"));
        assertThat(saved().getProperty(ConfigKeys.LOCALE)).isEqualTo("ja");
    }

    @Test
    @DisplayName("Test connection checks the entered values (with the saved secret) and reports in plain words")
    void testConnection() {
        report = new SelfCheckReport(CredentialsCheck.REJECTED, ClockCheck.DRIFTING,
                Optional.of(Duration.ofSeconds(75)), 401, Optional.of("UNAUTHORIZED"), Optional.of("req-1"));
        model.form().merchantIdProperty().set("m-typed");
        model.testConnection();
        assertThat(checked).singleElement().satisfies(s -> {
            assertThat(s.merchantId()).isEqualTo("m-typed");
            assertThat(s.apiSecret().reveal()).isEqualTo(SECRET);
        });
        assertThat(model.connection().lines()).extracting(StatusMessage::text).containsExactly(
                "✕ API key, secret or merchant id is wrong (PayPay answered 401 UNAUTHORIZED).",
                "! The clock is off by 75 s. PayPay refuses requests more than 120 s off: set the time automatically"
                        + " (NTP).",
                "For PayPay support: X-REQUEST-ID req-1");
        assertThat(model.connection().lines()).extracting(StatusMessage::tone)
                .containsExactly(Tone.DANGER, Tone.WARNING, Tone.NEUTRAL);
        assertThat(saved().getProperty(ConfigKeys.MERCHANT_ID)).isEqualTo("m-1");
    }

    @Test
    @DisplayName("Test connection: unreachable and accepted read plainly")
    void testConnectionOutcomes() {
        report = new SelfCheckReport(CredentialsCheck.UNREACHABLE, ClockCheck.UNKNOWN, Optional.empty(), 0,
                Optional.empty(), Optional.empty());
        model.testConnection();
        assertThat(model.connection().lines()).extracting(StatusMessage::text).containsExactly(
                "✕ Cannot reach PayPay. Check the network connection and the firewall.",
                "? Could not read the time from PayPay.");
        report = new SelfCheckReport(CredentialsCheck.ACCEPTED, ClockCheck.IN_SYNC, Optional.of(Duration.ZERO), 400,
                Optional.of("DYNAMIC_QR_PAYMENT_NOT_FOUND"), Optional.empty());
        model.testConnection();
        assertThat(model.connection().lines()).extracting(StatusMessage::text).containsExactly(
                "✓ PayPay accepted the API key, secret and merchant id.", "✓ The clock is right (off by 0 s).");
    }
}
