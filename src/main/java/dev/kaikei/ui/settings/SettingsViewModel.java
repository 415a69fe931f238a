package dev.kaikei.ui.settings;

import dev.kaikei.config.ConfigException;
import dev.kaikei.config.ConfigKeys;
import dev.kaikei.config.ManagerPin;
import dev.kaikei.config.PayPayMode;
import dev.kaikei.config.Settings;
import dev.kaikei.selfcheck.SelfCheckReport;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.ui.common.PinGuard;
import dev.kaikei.ui.common.TaskRunner;
import dev.kaikei.ui.common.Tone;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Settings screen: PayPay environment, credentials and account-link return page, store (name, PayPay store id)
 * and terminal, polling, customer display, language,
 * manager PIN and pre-auth. Validation is the {@link SettingsStore}'s (the app's own loader), with each problem shown
 * next to its field. The API secret is write-only: the field starts empty and an empty field keeps the saved secret.
 * "Test connection" runs the self-check on the entered values.
 */
public final class SettingsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsViewModel.class);
    /** The error slot of the two PIN fields (the PIN itself is no setting). */
    public static final String PIN = "pin";
    public static final List<PayPayMode> MODES = List.of(PayPayMode.SIMULATOR, PayPayMode.STAGING, PayPayMode.PROD);
    public static final List<Integer> POLL_SECONDS = List.of(2, 3, 4, 5);
    public static final String AUTO_SCREEN = "auto";
    /** The keys that only take effect when the app starts again (the language and the PIN apply at once). */
    private static final List<String> NEED_RESTART = List.of(ConfigKeys.ENV, ConfigKeys.API_KEY,
            ConfigKeys.API_SECRET, ConfigKeys.MERCHANT_ID, ConfigKeys.LINK_REDIRECT_URL, ConfigKeys.STORE_NAME,
            ConfigKeys.STORE_ID, ConfigKeys.TERMINAL_ID, ConfigKeys.POLL_INTERVAL, ConfigKeys.CUSTOMER_SCREEN,
            ConfigKeys.PRE_AUTH_ENABLED);

    /** One line of the self-check's findings. */
    public record CheckLine(String text, Tone tone) {
    }

    private record Saved(Map<String, String> changes, Optional<String> pinHash) {
    }

    private record Loaded(Properties values, Settings settings) {
    }

    private final SettingsStore store;
    private final Optional<ConnectionCheck> connectionCheck;
    private final PinGuard pins;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Locale> languageSwitch;

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
    private final ObjectProperty<String> language = new SimpleObjectProperty<>(this, "language", "ja");
    private final BooleanProperty preAuth = new SimpleBooleanProperty(this, "preAuth");
    private final StringProperty newPin = new SimpleStringProperty(this, "newPin", "");
    private final StringProperty confirmPin = new SimpleStringProperty(this, "confirmPin", "");
    private final ReadOnlyBooleanWrapper pinSet = new ReadOnlyBooleanWrapper(this, "pinSet");
    private final Map<String, ReadOnlyStringWrapper> errors = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Tone> messageTone = new ReadOnlyObjectWrapper<>(this, "messageTone",
            Tone.NEUTRAL);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ObservableList<CheckLine> checkLines = FXCollections.observableArrayList();
    private final ObservableList<CheckLine> checkLinesView = FXCollections.unmodifiableObservableList(checkLines);
    private Properties saved = new Properties();
    private String savedLanguage;

    public SettingsViewModel(SettingsStore store, Optional<ConnectionCheck> connectionCheck, PinGuard pins,
                             TaskRunner tasks, Messages messages, Consumer<Locale> languageSwitch) {
        this.store = store;
        this.connectionCheck = connectionCheck;
        this.pins = pins;
        this.tasks = tasks;
        this.messages = messages;
        this.languageSwitch = languageSwitch;
        for (String key : List.of(ConfigKeys.ENV, ConfigKeys.API_KEY, ConfigKeys.API_SECRET, ConfigKeys.MERCHANT_ID,
                ConfigKeys.LINK_REDIRECT_URL, ConfigKeys.STORE_NAME, ConfigKeys.STORE_ID, ConfigKeys.TERMINAL_ID,
                ConfigKeys.POLL_INTERVAL, ConfigKeys.CUSTOMER_SCREEN, ConfigKeys.LOCALE, ConfigKeys.PRE_AUTH_ENABLED, ConfigKeys.BASE_URL, ConfigKeys.MANAGER_PIN_HASH,
                PIN)) {
            errors.put(key, new ReadOnlyStringWrapper(this, "error-" + key, ""));
        }
        language.set(messages.locale().getLanguage());
    }

    /** Fills the form from the saved file (in the background); the secret field stays empty. */
    public void load() {
        busy.set(true);
        tasks.run(() -> {
            Properties p = store.load();
            Settings s;
            try {
                s = store.validate(p);
            } catch (ConfigException e) {
                s = null; // the form shows the raw values; saving will point at what is wrong
            }
            return new Loaded(p, s);
        }, loaded -> {
            busy.set(false);
            fill(loaded.values(), loaded.settings());
        }, e -> {
            busy.set(false);
            say(messages.format("settings.error.load", e.getMessage()), Tone.DANGER);
        });
    }

    private void fill(Properties p, Settings s) {
        saved = p;
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
            language.set(s.locale().getLanguage());
            preAuth.set(s.preAuthEnabled());
            secretSaved.set(!s.apiSecret().isEmpty());
            pinSet.set(s.managerPinHash().isPresent());
        } else {
            apiKey.set(p.getProperty(ConfigKeys.API_KEY, ""));
            merchantId.set(p.getProperty(ConfigKeys.MERCHANT_ID, ""));
            linkRedirectUrl.set(p.getProperty(ConfigKeys.LINK_REDIRECT_URL, ""));
            storeName.set(p.getProperty(ConfigKeys.STORE_NAME, ""));
            storeId.set(p.getProperty(ConfigKeys.STORE_ID, ""));
            terminalId.set(p.getProperty(ConfigKeys.TERMINAL_ID, ""));
            secretSaved.set(!p.getProperty(ConfigKeys.API_SECRET, "").isBlank());
            pinSet.set(!p.getProperty(ConfigKeys.MANAGER_PIN_HASH, "").isBlank());
        }
        savedLanguage = language.get();
        apiSecret.set("");
    }

    /** Validates and saves; says whether a restart is needed; switches the language at once if it changed. */
    public void save() {
        Optional<Candidate> candidate = validated();
        if (candidate.isEmpty() || busy.get()) {
            return;
        }
        char[] pin = newPin.get().isEmpty() ? null : newPin.get().toCharArray();
        Map<String, String> changes = candidate.get().changes();
        busy.set(true);
        say(messages.get("settings.saving"), Tone.NEUTRAL);
        tasks.run(() -> {
            Optional<String> hash = Optional.empty();
            if (pin != null) {
                hash = Optional.of(ManagerPin.hash(pin));
                ManagerPin.wipe(pin);
                changes.put(ConfigKeys.MANAGER_PIN_HASH, hash.get());
            }
            store.save(changes);
            return new Saved(changes, hash);
        }, done -> {
            busy.set(false);
            newPin.set("");
            confirmPin.set("");
            apiSecret.set("");
            done.pinHash().ifPresent(h -> {
                pins.update(h);
                pinSet.set(true);
            });
            if (done.changes().containsKey(ConfigKeys.API_SECRET)) {
                secretSaved.set(true);
            }
            boolean restart = NEED_RESTART.stream().anyMatch(k -> done.changes().containsKey(k)
                    && !Objects.equals(done.changes().get(k), saved.getProperty(k)));
            Properties now = new Properties();
            now.putAll(saved);
            done.changes().forEach((k, v) -> {
                if (v == null) {
                    now.remove(k);
                } else {
                    now.setProperty(k, v);
                }
            });
            saved = now;
            LOG.info("Settings saved (restart needed: {})", restart);
            say(messages.get(restart ? "settings.savedRestart" : "settings.saved"), Tone.SUCCESS);
            if (!language.get().equals(savedLanguage)) {
                savedLanguage = language.get();
                languageSwitch.accept(Locale.forLanguageTag(language.get()));
            }
        }, e -> {
            busy.set(false);
            ManagerPin.wipe(pin);
            say(messages.format("settings.error.save", e.getMessage()), Tone.DANGER);
        });
    }

    /** Called on the rebuilt screen after a language switch, so the manager sees the save went through. */
    public void languageSwitched() {
        say(messages.get("settings.languageSwitched"), Tone.SUCCESS);
    }

    /** Checks the entered values against PayPay (or says why it cannot), in plain language. */
    public void testConnection() {
        if (connectionCheck.isEmpty() || checking.get()) {
            return;
        }
        Optional<Candidate> candidate = validated();
        if (candidate.isEmpty()) {
            return;
        }
        checking.set(true);
        checkLines.setAll(new CheckLine(messages.get("settings.check.running"), Tone.NEUTRAL));
        Settings entered = candidate.get().settings();
        tasks.run(() -> connectionCheck.get().check(entered), report -> {
            checking.set(false);
            checkLines.setAll(describe(report));
        }, e -> {
            checking.set(false);
            checkLines.setAll(new CheckLine(messages.format("settings.check.error", e.getMessage()), Tone.DANGER));
        });
    }

    List<CheckLine> describe(SelfCheckReport r) {
        List<CheckLine> lines = new ArrayList<>();
        String code = r.resultCode().orElse("");
        switch (r.credentials()) {
            case NOT_APPLICABLE -> lines.add(new CheckLine(messages.get("settings.check.simulator"), Tone.NEUTRAL));
            case ACCEPTED -> lines.add(new CheckLine(messages.get("settings.check.accepted"), Tone.SUCCESS));
            case REJECTED -> lines.add(new CheckLine(messages.format("settings.check.rejected", r.httpStatus(), code),
                    Tone.DANGER));
            case UNREACHABLE -> lines.add(new CheckLine(messages.get("settings.check.unreachable"), Tone.DANGER));
            case UNEXPECTED -> lines.add(new CheckLine(messages.format("settings.check.unexpected", r.httpStatus(),
                    code), Tone.WARNING));
        }
        long skew = r.clockSkew().map(Duration::getSeconds).orElse(0L);
        switch (r.clock()) {
            case IN_SYNC -> lines.add(new CheckLine(messages.format("settings.check.clockOk", Math.abs(skew)),
                    Tone.SUCCESS));
            case DRIFTING -> lines.add(new CheckLine(messages.format("settings.check.clockDrift", skew),
                    Tone.WARNING));
            case REJECTED -> lines.add(new CheckLine(messages.format("settings.check.clockRejected", skew),
                    Tone.DANGER));
            case UNKNOWN -> lines.add(new CheckLine(messages.get("settings.check.clockUnknown"), Tone.WARNING));
            case NOT_APPLICABLE -> {
            }
        }
        r.requestId().ifPresent(id -> lines.add(new CheckLine(messages.format("settings.check.requestId", id),
                Tone.NEUTRAL)));
        return lines;
    }

    private record Candidate(Map<String, String> changes, Settings settings) {
    }

    /** The form as settings, validated by the store's rules; problems go next to their fields. */
    private Optional<Candidate> validated() {
        errors.values().forEach(e -> e.set(""));
        Map<String, String> changes = changes();
        Properties values = new Properties();
        values.putAll(saved);
        changes.forEach((k, v) -> {
            if (v == null) {
                values.remove(k);
            } else {
                values.setProperty(k, v);
            }
        });
        String pinProblem = pinProblem();
        Settings settings = null;
        try {
            settings = store.validate(values);
        } catch (ConfigException e) {
            for (Map.Entry<String, ReadOnlyStringWrapper> field : errors.entrySet()) {
                List<String> problems = e.problemsFor(field.getKey());
                if (!problems.isEmpty()) {
                    field.getValue().set(String.join("\n", problems.stream().map(p -> fieldText(field.getKey(), p))
                            .toList()));
                }
            }
        }
        if (pinProblem != null) {
            errors.get(PIN).set(pinProblem);
        }
        if (settings == null || pinProblem != null) {
            say(messages.get("settings.error.fix"), Tone.DANGER);
            return Optional.empty();
        }
        return Optional.of(new Candidate(changes, settings));
    }

    /** The loader's problem without its "key (env NAME)" prefix: the field already says which setting it is. */
    private static String fieldText(String key, String problem) {
        String rest = problem.substring(problem.indexOf(')') + 1).strip();
        return rest.isEmpty() ? problem : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    private String pinProblem() {
        String a = newPin.get();
        String b = confirmPin.get();
        if (a.isEmpty() && b.isEmpty()) {
            return null;
        }
        if (!a.equals(b)) {
            return messages.get("settings.pin.mismatch");
        }
        return ManagerPin.isValidPin(a.toCharArray()) ? null
                : messages.format("settings.pin.rule", ManagerPin.MIN_DIGITS, ManagerPin.MAX_DIGITS);
    }

    private Map<String, String> changes() {
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
        c.put(ConfigKeys.LOCALE, language.get());
        c.put(ConfigKeys.PRE_AUTH_ENABLED, String.valueOf(preAuth.get()));
        return c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void say(String text, Tone tone) {
        message.set(text);
        messageTone.set(tone);
    }

    // ---------------------------------------------------------------- properties

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

    public StringProperty newPinProperty() {
        return newPin;
    }

    public StringProperty confirmPinProperty() {
        return confirmPin;
    }

    public ReadOnlyBooleanProperty pinSetProperty() {
        return pinSet.getReadOnlyProperty();
    }

    /** The problem to show next to the field of {@code key} ({@link ConfigKeys} or {@link #PIN}); empty if none. */
    public ReadOnlyStringProperty errorProperty(String key) {
        ReadOnlyStringWrapper e = errors.get(key);
        if (e == null) {
            throw new IllegalArgumentException("no field for " + key);
        }
        return e.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> messageToneProperty() {
        return messageTone.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public boolean canTestConnection() {
        return connectionCheck.isPresent();
    }

    public ObservableList<CheckLine> checkLines() {
        return checkLinesView;
    }
}
