package dev.kaikei.ui.settings;

import dev.kaikei.config.ConfigException;
import dev.kaikei.config.ConfigKeys;
import dev.kaikei.config.ManagerPin;
import dev.kaikei.config.Problem;
import dev.kaikei.config.Settings;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.config.ManagerPinGuard;
import dev.kaikei.ui.common.StatusMessage;
import dev.kaikei.ui.common.TaskRunner;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Settings screen: loads the saved settings into the {@link #form()}, validates it by the {@link SettingsStore}'s
 * rules (the app's own loader) with each problem shown next to its field, and saves it — with a new manager PIN from
 * {@link #pin()} when one was typed. "Test connection" is the {@link #connection()} model.
 */
public final class SettingsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsViewModel.class);
    /** The error slot of the two PIN fields (the PIN itself is no setting). */
    public static final String PIN = "pin";
    /** The keys that only take effect when the app starts again (the language and the PIN apply at once). */
    private static final List<String> NEED_RESTART = List.of(ConfigKeys.ENV, ConfigKeys.API_KEY,
            ConfigKeys.API_SECRET, ConfigKeys.MERCHANT_ID, ConfigKeys.LINK_REDIRECT_URL, ConfigKeys.STORE_NAME,
            ConfigKeys.STORE_ID, ConfigKeys.TERMINAL_ID, ConfigKeys.POLL_INTERVAL, ConfigKeys.CUSTOMER_SCREEN,
            ConfigKeys.WINDOW_MODE, ConfigKeys.PRE_AUTH_ENABLED, ConfigKeys.STORE_ADDRESS, ConfigKeys.STORE_PHONE,
            ConfigKeys.RECEIPT_REGISTRATION_NUMBER, ConfigKeys.TAX_PRICING, ConfigKeys.TAX_ROUNDING,
            ConfigKeys.PRINTER_TYPE, ConfigKeys.PRINTER_ADDRESS, ConfigKeys.PRINTER_PAPER_WIDTH,
            ConfigKeys.PRINTER_AUTO_PRINT, ConfigKeys.PRINTER_DRAWER_PULSE);

    private record Saved(Map<String, String> changes, Optional<String> pinHash) {
    }

    private record Loaded(Properties values, Settings settings) {
    }

    private record Candidate(Map<String, String> changes, Settings settings) {
    }

    private final SettingsStore store;
    private final ManagerPinGuard pins;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Locale> languageSwitch;
    private final SettingsForm form;
    private final PinChange pin;
    private final ConnectionCheckModel connection;
    private final Map<String, ReadOnlyStringWrapper> errors = new HashMap<>();
    private final ReadOnlyObjectWrapper<StatusMessage> status = new ReadOnlyObjectWrapper<>(this, "status",
            StatusMessage.NONE);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Properties saved = new Properties();
    private String savedLanguage;
    /** The problems of the last validation, shown next to their fields (also fields shown later). */
    private Optional<ConfigException> problems = Optional.empty();
    private Optional<String> pinProblem = Optional.empty();

    public SettingsViewModel(SettingsStore store, Optional<ConnectionCheck> connectionCheck, ManagerPinGuard pins,
                             TaskRunner tasks, Messages messages, Consumer<Locale> languageSwitch) {
        this.store = store;
        this.pins = pins;
        this.tasks = tasks;
        this.messages = messages;
        this.languageSwitch = languageSwitch;
        this.form = new SettingsForm(messages.locale().getLanguage());
        this.pin = new PinChange(messages);
        this.connection = new ConnectionCheckModel(connectionCheck, tasks, messages);
    }

    /** Fills the form from the saved file (in the background); the secret field stays empty. */
    public void load() {
        busy.set(true);
        tasks.task(() -> {
            Properties p = store.load();
            Settings s;
            try {
                s = store.validate(p);
            } catch (ConfigException e) {
                s = null; // the form shows the raw values; saving will point at what is wrong
            }
            return new Loaded(p, s);
        }).onSuccess(loaded -> {
            saved = loaded.values();
            form.fill(loaded.values(), loaded.settings());
            pin.isSet(loaded.settings() != null ? loaded.settings().managerPinHash().isPresent()
                    : !loaded.values().getProperty(ConfigKeys.MANAGER_PIN_HASH, "").isBlank());
            savedLanguage = form.languageProperty().get();
        }).onError(Exception.class, e -> say(StatusMessage.danger(messages.format("settings.error.load",
                e.getMessage())))).andFinally(() -> busy.set(false)).start();
    }

    /** Validates and saves; says whether a restart is needed; switches the language at once if it changed. */
    public void save() {
        Optional<Candidate> candidate = validated();
        if (candidate.isEmpty() || busy.get()) {
            return;
        }
        char[] newPin = pin.typed().orElse(null);
        Map<String, String> changes = candidate.get().changes();
        busy.set(true);
        say(StatusMessage.neutral(messages.get("settings.saving")));
        tasks.task(() -> {
            Optional<String> hash = Optional.empty();
            if (newPin != null) {
                hash = Optional.of(ManagerPin.hash(newPin));
                ManagerPin.wipe(newPin);
                changes.put(ConfigKeys.MANAGER_PIN_HASH, hash.get());
            }
            store.save(changes);
            return new Saved(changes, hash);
        }).onSuccess(this::saved)
                .onError(Exception.class, e -> say(StatusMessage.danger(messages.format("settings.error.save",
                        e.getMessage()))))
                .andFinally(() -> {
                    ManagerPin.wipe(newPin);
                    busy.set(false);
                }).start();
    }

    private void saved(Saved done) {
        pin.clear();
        form.saved(done.changes());
        done.pinHash().ifPresent(h -> {
            pins.update(h);
            pin.isSet(true);
        });
        boolean restart = NEED_RESTART.stream().anyMatch(k -> done.changes().containsKey(k)
                && !Objects.equals(done.changes().get(k), saved.getProperty(k)));
        saved = merged(saved, done.changes());
        LOG.info("Settings saved (restart needed: {})", restart);
        say(StatusMessage.success(messages.get(restart ? "settings.savedRestart" : "settings.saved")));
        String language = form.languageProperty().get();
        if (!language.equals(savedLanguage)) {
            savedLanguage = language;
            languageSwitch.accept(Locale.forLanguageTag(language));
        }
    }

    /** Called on the rebuilt screen after a language switch, so the manager sees the save went through. */
    public void languageSwitched() {
        say(StatusMessage.success(messages.get("settings.languageSwitched")));
    }

    /** Checks the entered values against PayPay (or says why it cannot), in plain language. */
    public void testConnection() {
        if (!connection.isAvailable() || connection.checkingProperty().get()) {
            return;
        }
        validated().ifPresent(candidate -> connection.run(candidate.settings()));
    }

    /** The form as settings, validated by the store's rules; problems go next to their fields. */
    private Optional<Candidate> validated() {
        Map<String, String> changes = form.changes();
        Settings settings = null;
        problems = Optional.empty();
        try {
            settings = store.validate(merged(saved, changes));
        } catch (ConfigException e) {
            problems = Optional.of(e);
        }
        pinProblem = pin.problem();
        errors.forEach((key, field) -> field.set(errorText(key)));
        if (settings == null || pinProblem.isPresent()) {
            say(StatusMessage.danger(messages.get("settings.error.fix")));
            return Optional.empty();
        }
        return Optional.of(new Candidate(changes, settings));
    }

    private static Properties merged(Properties base, Map<String, String> changes) {
        Properties values = new Properties();
        values.putAll(base);
        changes.forEach((k, v) -> {
            if (v == null) {
                values.remove(k);
            } else {
                values.setProperty(k, v);
            }
        });
        return values;
    }

    private String errorText(String key) {
        if (PIN.equals(key)) {
            return pinProblem.orElse("");
        }
        return problems.map(e -> String.join("\n", e.about(key).stream().map(SettingsViewModel::fieldText)
                .toList())).orElse("");
    }

    /** The problem as a field shows it: the field already says which setting it is, so the message starts it. */
    private static String fieldText(Problem problem) {
        String m = problem.message();
        return m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1);
    }

    private void say(StatusMessage message) {
        status.set(message);
    }

    private ReadOnlyStringWrapper errorSlot(String key) {
        return errors.computeIfAbsent(key, k -> new ReadOnlyStringWrapper(this, "error-" + k, errorText(k)));
    }

    // ---------------------------------------------------------------- properties

    public SettingsForm form() {
        return form;
    }

    public PinChange pin() {
        return pin;
    }

    public ConnectionCheckModel connection() {
        return connection;
    }

    /** The problem to show next to the field of {@code key} ({@link ConfigKeys} or {@link #PIN}); empty if none. */
    public ReadOnlyStringProperty errorProperty(String key) {
        return errorSlot(key).getReadOnlyProperty();
    }

    /** Saving, saved, or what to fix. */
    public ReadOnlyObjectProperty<StatusMessage> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
