package dev.kaikei.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.kaikei.receipt.AutoPrint;
import dev.kaikei.receipt.PaperWidth;
import dev.kaikei.receipt.PrinterType;
import dev.kaikei.sale.TaxPolicy;
import dev.kaikei.sale.TaxPricing;
import dev.kaikei.sale.TaxRounding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("SettingsLoader: tax, receipt and printer keys")
class SettingsLoaderSalesTest {

    @TempDir
    Path tmp;

    private Settings load(String... keyValues) {
        return FormSettings.load(tmp, keyValues);
    }

    @Test
    @DisplayName("defaults: tax included and rounded down, no registration number, no printer, ask after a sale")
    void defaults() {
        SalesOptions s = load().sales();
        assertThat(s.tax()).isEqualTo(TaxPolicy.DEFAULT);
        assertThat(s.registrationNumber()).isEmpty();
        assertThat(s.printer().type()).isEqualTo(PrinterType.NONE);
        assertThat(s.printer().paper()).isEqualTo(PaperWidth.MM_80);
        assertThat(s.printer().autoPrint()).isEqualTo(AutoPrint.ASK);
        assertThat(s.printer().drawerPulse()).isFalse();
    }

    @Test
    @DisplayName("every key is read")
    void allKeys() throws Exception {
        Path logo = Files.write(tmp.resolve("logo.png"), new byte[] {1});
        SalesOptions s = load("receipt.registrationNumber", "T7000012050002", "store.address", "東京都渋谷区1-2-3",
                "store.phone", "03-1234-5678", "printer.type", "escpos-tcp", "printer.address", "192.168.1.50:9100",
                "printer.paperWidth", "58", "printer.autoPrint", "always", "printer.drawerPulse", "true",
                "tax.pricing", "exclusive", "tax.rounding", "half-up", "receipt.logo", logo.toString()).sales();
        assertThat(s.registrationNumber()).get().extracting(Object::toString).isEqualTo("T7000012050002");
        assertThat(s.storeAddress()).isEqualTo("東京都渋谷区1-2-3");
        assertThat(s.storePhone()).isEqualTo("03-1234-5678");
        assertThat(s.printer().type()).isEqualTo(PrinterType.ESCPOS_TCP);
        assertThat(s.printer().address()).isEqualTo("192.168.1.50:9100");
        assertThat(s.printer().paper()).isEqualTo(PaperWidth.MM_58);
        assertThat(s.printer().autoPrint()).isEqualTo(AutoPrint.ALWAYS);
        assertThat(s.printer().drawerPulse()).isTrue();
        assertThat(s.printer().logo()).contains(logo);
        assertThat(s.tax()).isEqualTo(new TaxPolicy(TaxPricing.EXCLUSIVE, TaxRounding.HALF_UP));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "receipt.registrationNumber|T8000012050002|receipt.registrationNumber (env KAIKEI_RECEIPT_REGISTRATION_NUMBER) is wrong: registration number T8000012050002 has a wrong check digit",
        "receipt.registrationNumber|1234|T followed by 13 digits",
        "printer.type|epson|printer.type (env KAIKEI_PRINTER_TYPE) is 'epson'; allowed: none | escpos-tcp | escpos-device | system",
        "printer.paperWidth|76|printer.paperWidth (env KAIKEI_PRINTER_PAPER_WIDTH) is '76'; allowed: 58 | 80",
        "printer.autoPrint|sometimes|printer.autoPrint (env KAIKEI_PRINTER_AUTO_PRINT) is 'sometimes'; allowed: always | ask | never",
        "printer.drawerPulse|yes|printer.drawerPulse (env KAIKEI_PRINTER_DRAWER_PULSE) is 'yes'; allowed: true | false",
        "tax.pricing|included|tax.pricing (env KAIKEI_TAX_PRICING) is 'included'; allowed: inclusive | exclusive",
        "tax.rounding|nearest|tax.rounding (env KAIKEI_TAX_ROUNDING) is 'nearest'; allowed: down | half-up | up",
        "receipt.logo|/no/such/logo.png|receipt.logo (env KAIKEI_RECEIPT_LOGO) is '/no/such/logo.png', which is not a readable file",
    })
    @DisplayName("a wrong value is refused, naming the key, its variable and the allowed values")
    void invalid(String key, String value, String message) {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> load(key, value));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains(message);
    }

    @Test
    @DisplayName("a network printer needs host:port, a device printer its file")
    void printerAddress() {
        assertThat(catchThrowableOfType(ConfigException.class, () -> load("printer.type", "escpos-tcp")).getMessage())
                .contains("printer.type=escpos-tcp needs host:port");
        assertThat(catchThrowableOfType(ConfigException.class, () -> load("printer.type", "escpos-tcp",
                "printer.address", "printer:99999")).getMessage()).contains("port 99999; allowed: 1-65535");
        assertThat(catchThrowableOfType(ConfigException.class, () -> load("printer.type", "escpos-device"))
                .getMessage()).contains("needs the device file, e.g. /dev/usb/lp0");
        assertThat(load("printer.type", "escpos-device", "printer.address", "/dev/usb/lp0").sales().printer()
                .address()).isEqualTo("/dev/usb/lp0");
    }

    @Test
    @DisplayName("environment variables win over the file")
    void environment() {
        Properties p = new Properties();
        p.setProperty("tax.rounding", "up");
        Settings s = new SettingsLoader(PlatformDirs.of("Linux", tmp, Map.of()),
                Map.of("KAIKEI_TAX_ROUNDING", "half-up", "KAIKEI_PRINTER_TYPE", "system"), Locale.ENGLISH)
                .fromProperties(p, "form");
        assertThat(s.sales().tax().rounding()).isEqualTo(TaxRounding.HALF_UP);
        assertThat(s.sales().printer().type()).isEqualTo(PrinterType.SYSTEM);
        assertThat(s.sales().printer().address()).isEmpty();
        assertThat(Optional.of(s.toString())).get().asString().contains("printer=PrinterSettings[type=SYSTEM");
    }
}
