package dev.kaikei.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("SettingsLoader: manager PIN, pre-auth and customer display keys")
class SettingsLoaderBackOfficeTest {

    @TempDir
    Path tmp;

    private Settings load(String... keyValues) {
        return FormSettings.load(tmp, keyValues);
    }

    @Test
    @DisplayName("defaults: no PIN, no pre-auth, customer display automatic")
    void defaults() {
        Settings s = load();
        assertThat(s.managerPinHash()).isEmpty();
        assertThat(s.preAuthEnabled()).isFalse();
        assertThat(s.customerScreen()).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource({
            "checkout.preAuthEnabled, yes, 'checkout.preAuthEnabled (env KAIKEI_CHECKOUT_PRE_AUTH_ENABLED) is ''yes''; allowed: true | false'",
            "display.customerScreen, left, 'display.customerScreen (env KAIKEI_DISPLAY_CUSTOMER_SCREEN) is ''left''; allowed: auto | a screen number 0-9'",
            "display.customerScreen, 10, 'display.customerScreen (env KAIKEI_DISPLAY_CUSTOMER_SCREEN) is ''10''; allowed: auto | a screen number 0-9'",
            "manager.pinHash, 1234, 'manager.pinHash (env KAIKEI_MANAGER_PIN_HASH) is not a PIN hash written by Kaikei (pbkdf2$iterations$salt$hash); set the manager PIN again in Settings or remove the line'"})
    @DisplayName("invalid values are reported with the key and the allowed values")
    void invalid(String key, String value, String problem) {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> load(key, value));
        assertThat(e.problems()).containsExactly(problem);
        assertThat(e.about(key)).extracting(Problem::text).containsExactly(problem);
        assertThat(e.about(ConfigKeys.API_KEY)).isEmpty();
    }

    @Test
    @DisplayName("a bad PIN hash is never echoed (it derives from the PIN)")
    void hashNotEchoed() {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> load(ConfigKeys.MANAGER_PIN_HASH, "pbkdf2$5$c2FsdA$c2VjcmV0"));
        assertThat(e.getMessage()).doesNotContain("c2VjcmV0");
    }

    @Test
    @DisplayName("valid values load")
    void valid() {
        String hash = ManagerPin.hash("1357".toCharArray());
        Settings s = load(ConfigKeys.MANAGER_PIN_HASH, hash, ConfigKeys.PRE_AUTH_ENABLED, "TRUE",
                ConfigKeys.CUSTOMER_SCREEN, "auto");
        assertThat(s.managerPinHash()).contains(hash);
        assertThat(s.preAuthEnabled()).isTrue();
        assertThat(s.customerScreen()).isEmpty();
        assertThat(load(ConfigKeys.CUSTOMER_SCREEN, "0").customerScreen()).hasValue(0);
    }

    @Test
    @DisplayName("problems map to form fields by key, several at once")
    void problemsByKey() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> load(ConfigKeys.ENV, "STAGING",
                ConfigKeys.POLL_INTERVAL, "9"));
        assertThat(e.about(ConfigKeys.API_KEY)).singleElement().asString().contains("is required");
        assertThat(e.about(ConfigKeys.API_SECRET)).hasSize(1);
        assertThat(e.about(ConfigKeys.MERCHANT_ID)).hasSize(1);
        assertThat(e.about(ConfigKeys.POLL_INTERVAL)).singleElement().asString().contains("2-5");
    }
}
