package dev.kaikei.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.config.ConfigKeys;
import dev.kaikei.config.PlatformDirs;
import dev.kaikei.config.SettingsLoader;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.config.ManagerPinGuard;
import dev.kaikei.ui.common.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Settings: sales, tax, receipt and printer keys are editable (real settings file)")
class SettingsSalesTest {

    @TempDir
    Path tmp;

    private Path file;
    private SettingsStore store;
    private SettingsViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        file = tmp.resolve("kaikei.properties");
        Files.writeString(file, "locale=en\ntax.rounding=up\nstore.phone=03-1111-2222\n", StandardCharsets.UTF_8);
        store = SettingsStore.file(file, new SettingsLoader(PlatformDirs.of("Linux", tmp, Map.of()), Map.of(),
                Locale.ENGLISH));
        model = new SettingsViewModel(store, Optional.empty(), ManagerPinGuard.inMemory(Optional.empty(), false),
                TaskRunner.sameThread(), new Messages(Locale.ENGLISH), l -> { });
        model.load();
    }

    @Test
    @DisplayName("loads the saved values and the defaults; saves the edited ones")
    void edits() {
        assertThat(model.form().salesProperty(ConfigKeys.TAX_ROUNDING).get()).isEqualTo("up");
        assertThat(model.form().salesProperty(ConfigKeys.TAX_PRICING).get()).isEqualTo("inclusive");
        assertThat(model.form().salesProperty(ConfigKeys.STORE_PHONE).get()).isEqualTo("03-1111-2222");
        model.form().salesProperty(ConfigKeys.RECEIPT_REGISTRATION_NUMBER).set("T7000012050002");
        model.form().salesProperty(ConfigKeys.PRINTER_TYPE).set("escpos-tcp");
        model.form().salesProperty(ConfigKeys.PRINTER_ADDRESS).set("192.168.1.50:9100");
        model.form().salesProperty(ConfigKeys.PRINTER_AUTO_PRINT).set("always");
        model.save();
        assertThat(model.errorProperty(ConfigKeys.PRINTER_ADDRESS).get()).isEmpty();
        assertThat(store.load().getProperty("receipt.registrationNumber")).isEqualTo("T7000012050002");
        assertThat(store.load().getProperty("printer.type")).isEqualTo("escpos-tcp");
        assertThat(store.load().getProperty("printer.autoPrint")).isEqualTo("always");
        assertThat(store.load().getProperty("tax.rounding")).isEqualTo("up");
    }

    @Test
    @DisplayName("a wrong registration number or a network printer without address is shown at its field, not saved")
    void refused() {
        model.form().salesProperty(ConfigKeys.RECEIPT_REGISTRATION_NUMBER).set("T8000012050002");
        model.form().salesProperty(ConfigKeys.PRINTER_TYPE).set("escpos-tcp");
        model.save();
        assertThat(model.errorProperty(ConfigKeys.RECEIPT_REGISTRATION_NUMBER).get()).contains("wrong check digit");
        assertThat(model.errorProperty(ConfigKeys.PRINTER_ADDRESS).get()).contains("needs host:port");
        assertThat(store.load().getProperty("receipt.registrationNumber")).isNull();
    }
}
