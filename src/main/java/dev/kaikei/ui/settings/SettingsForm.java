package dev.kaikei.ui.settings;

import dev.kaikei.config.ConfigKeys;
import dev.kaikei.config.PayPayMode;
import dev.kaikei.config.Settings;
import dev.kaikei.config.WindowMode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Settings form's fields and how they map to the settings file: filled from what is saved, read back as the
 * changes to save. The API secret is write-only: the field starts empty and an empty field keeps the saved secret. To
 * add a setting: a property here, a line in {@link #fill} and {@link #changes}, and a row in {@link SettingsView}.
 */
public final class SettingsForm {

    public static final List<PayPayMode> MODES = List.of(PayPayMode.SIMULATOR, PayPayMode.STAGING, PayPayMode.PROD);
    public static final List<Integer> POLL_SECONDS = List.of(2, 3, 4, 5);
    public static final String AUTO_SCREEN = "auto";

    private final ObjectProperty<PayPayMode> mode = new SimpleObjectProperty<>(this, "mode", PayPayMode.SIMULATOR);
    private final StringProperty apiKey = new SimpleStringProperty(this, "apiKey", "");
    private final StringProperty apiSecret = new SimpleStringProperty(this, "apiSecret", "");
    private final ReadOnlyBooleanWrapper secretSaved = new ReadOnlyBooleanWrapper(this, "secretSaved");
    private final StringProperty merchantId = new SimpleStringProperty(this, "merchantId", "");
    private final StringProperty linkRedirectUrl = new SimpleStringProperty(this, "linkRedirectUrl", "");
    private final StringProperty storeName = new SimpleStringProperty(this, "storeName", "");
    private final StringProperty storeId = new SimpleStringProperty(this, "storeId", "");
    private final StringProperty terminalId = new SimpleStringProperty(this, "terminalId", "");
    private final ObjectProperty<Integer> pollSeconds = new SimpleObjectProperty<>(this, "pollSeconds", 4);
    private final ObjectProperty<String> customerScreen = new SimpleObjectProperty<>(this, "customerScreen",
            AUTO_SCREEN);
    private final ObjectProperty<WindowMode> window = new SimpleObjectProperty<>(this, "window", WindowMode.AUTO);
    private final ObjectProperty<String> language = new SimpleObjectProperty<>(this, "language", "ja");
    private final BooleanProperty preAuth = new SimpleBooleanProperty(this, "preAuth");
    /** Sales, receipt and printer keys, edited as their text (the loader's rules check them on save). */
    private final Map<String, StringProperty> sales = new LinkedHashMap<>();

    /** The sales keys with a fixed set of values, and those values (the first is the default). */
    public static final Map<String, List<String>> SALES_CHOICES = Map.of(
            ConfigKeys.TAX_PRICING, List.of("inclusive", "exclusive"),
            ConfigKeys.TAX_ROUNDING, List.of("down", "half-up", "up"),
            ConfigKeys.PRINTER_TYPE, List.of("none", "escpos-tcp", "escpos-device", "system"),
            ConfigKeys.PRINTER_PAPER_WIDTH, List.of("80", "58"),
            ConfigKeys.PRINTER_AUTO_PRINT, List.of("ask", "always", "never"),
            ConfigKeys.PRINTER_DRAWER_PULSE, List.of("false", "true"));
    /** The sales keys in the order the form shows them. */
    public static final List<String> SALES_KEYS = List.of(ConfigKeys.STORE_ADDRESS, ConfigKeys.STORE_PHONE,
            ConfigKeys.RECEIPT_REGISTRATION_NUMBER, ConfigKeys.TAX_PRICING, ConfigKeys.TAX_ROUNDING,
            ConfigKeys.PRINTER_TYPE, ConfigKeys.PRINTER_ADDRESS, ConfigKeys.PRINTER_PAPER_WIDTH,
            ConfigKeys.PRINTER_AUTO_PRINT, ConfigKeys.PRINTER_DRAWER_PULSE);

    SettingsForm(String language) {
        this.language.set(language);
        for (String key : SALES_KEYS) {
            List<String> choices = SALES_CHOICES.get(key);
            sales.put(key, new SimpleStringProperty(this, key, choices == null ? "" : choices.get(0)));
        }
    }

    /**
     * Fills the fields from the saved values: from {@code s} when they are valid, else the raw text of the fields a
     * person can correct (saving then points at what is wrong). The secret field stays empty.
     */
    void fill(Properties p, Settings s) {
        if (s != null) {
            mode.set(s.mode());
            apiKey.set(s.apiKey());
            merchantId.set(s.merchantId());
            linkRedirectUrl.set(s.linkRedirectUrl().map(URI::toString).orElse(""));
            storeName.set(s.storeName());
            storeId.set(s.storeId().orElse(""));
            terminalId.set(s.terminalId());
            pollSeconds.set(s.pollIntervalSeconds());
            customerScreen.set(s.customerScreen().isPresent() ? String.valueOf(s.customerScreen().getAsInt())
                    : AUTO_SCREEN);
            window.set(s.counter().window());
            language.set(s.locale().getLanguage());
            preAuth.set(s.preAuthEnabled());
            secretSaved.set(!s.apiSecret().isEmpty());
        } else {
            apiKey.set(p.getProperty(ConfigKeys.API_KEY, ""));
            merchantId.set(p.getProperty(ConfigKeys.MERCHANT_ID, ""));
            linkRedirectUrl.set(p.getProperty(ConfigKeys.LINK_REDIRECT_URL, ""));
            storeName.set(p.getProperty(ConfigKeys.STORE_NAME, ""));
            storeId.set(p.getProperty(ConfigKeys.STORE_ID, ""));
            terminalId.set(p.getProperty(ConfigKeys.TERMINAL_ID, ""));
            secretSaved.set(!p.getProperty(ConfigKeys.API_SECRET, "").isBlank());
        }
        sales.forEach((key, value) -> {
            List<String> choices = SALES_CHOICES.get(key);
            value.set(p.getProperty(key, choices == null ? "" : choices.get(0)).strip());
        });
        apiSecret.set("");
    }

    /** The form as key → value (null removes the key); the secret only when one was typed. */
    Map<String, String> changes() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put(ConfigKeys.ENV, mode.get().name());
        c.put(ConfigKeys.API_KEY, blankToNull(apiKey.get()));
        if (!apiSecret.get().isEmpty()) {
            c.put(ConfigKeys.API_SECRET, apiSecret.get());
        }
        c.put(ConfigKeys.MERCHANT_ID, blankToNull(merchantId.get()));
        c.put(ConfigKeys.LINK_REDIRECT_URL, blankToNull(linkRedirectUrl.get()));
        c.put(ConfigKeys.STORE_NAME, blankToNull(storeName.get()));
        c.put(ConfigKeys.STORE_ID, blankToNull(storeId.get()));
        c.put(ConfigKeys.TERMINAL_ID, blankToNull(terminalId.get()));
        c.put(ConfigKeys.POLL_INTERVAL, String.valueOf(pollSeconds.get()));
        c.put(ConfigKeys.CUSTOMER_SCREEN, customerScreen.get());
        c.put(ConfigKeys.WINDOW_MODE, configValue(window.get()));
        c.put(ConfigKeys.LOCALE, language.get());
        c.put(ConfigKeys.PRE_AUTH_ENABLED, String.valueOf(preAuth.get()));
        sales.forEach((key, value) -> c.put(key, blankToNull(value.get())));
        return c;
    }

    /** After a save: the secret field empties again, and a typed secret is now the saved one. */
    void saved(Map<String, String> changes) {
        if (changes.containsKey(ConfigKeys.API_SECRET)) {
            secretSaved.set(true);
        }
        apiSecret.set("");
    }

    /** The value {@code display.window} takes for {@code mode}. */
    static String configValue(WindowMode mode) {
        return mode == WindowMode.FULL_SCREEN ? "fullscreen" : mode.name().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** One of {@link #SALES_KEYS}, as text. */
    public StringProperty salesProperty(String key) {
        StringProperty p = sales.get(key);
        if (p == null) {
            throw new IllegalArgumentException("not a sales key: " + key);
        }
        return p;
    }

    public ObjectProperty<PayPayMode> modeProperty() {
        return mode;
    }

    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    /** Write-only: starts empty, cleared after saving; empty on save keeps the saved secret. */
    public StringProperty apiSecretProperty() {
        return apiSecret;
    }

    public ReadOnlyBooleanProperty secretSavedProperty() {
        return secretSaved.getReadOnlyProperty();
    }

    public StringProperty merchantIdProperty() {
        return merchantId;
    }

    /** Empty = Kaikei's default page. */
    public StringProperty linkRedirectUrlProperty() {
        return linkRedirectUrl;
    }

    public StringProperty storeNameProperty() {
        return storeName;
    }

    /** PayPay's storeId; empty = none is sent. */
    public StringProperty storeIdProperty() {
        return storeId;
    }

    public StringProperty terminalIdProperty() {
        return terminalId;
    }

    public ObjectProperty<Integer> pollSecondsProperty() {
        return pollSeconds;
    }

    /** {@value #AUTO_SCREEN} or a screen number. */
    public ObjectProperty<WindowMode> windowProperty() {
        return window;
    }

    public ObjectProperty<String> customerScreenProperty() {
        return customerScreen;
    }

    /** {@code ja} or {@code en}. */
    public ObjectProperty<String> languageProperty() {
        return language;
    }

    public BooleanProperty preAuthProperty() {
        return preAuth;
    }
}
