package dev.kaikei.ui;

import dev.kaikei.ui.common.ManagerGate;
import dev.kaikei.ui.common.Messages;
import dev.kaikei.config.ManagerPinGuard;
import dev.kaikei.ui.common.PinPrompt;
import dev.kaikei.ui.common.TaskRunner;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cashier window's state, without the toolkit: which section is shown and which can be, the kiosk's PIN gate in
 * front of Settings and the exit, and the UI language. {@link MainWindow} only mirrors it on screen, so navigation is
 * unit-tested without a window (as AtlantaFX's sampler does with its {@code MainModel}).
 */
public final class ShellModel {

    private static final Logger LOG = LoggerFactory.getLogger(ShellModel.class);

    /** The sections of the navigation rail, in its order; a section whose services are missing stays disabled. */
    public enum Section {
        CHARGE("nav.charge"), HISTORY("nav.history"), END_OF_DAY("nav.endOfDay"), TILL("nav.till"),
        CUSTOMERS("nav.customers"),
        SETTINGS("nav.settings");

        private final String messageKey;

        Section(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }

        /** The id of its button on the rail ({@code nav-end-of-day}). */
        public String navId() {
            return "nav-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final String storeName;
    private final boolean kiosk;
    private final Set<Section> available;
    private final ManagerPinGuard pins;
    private final Function<Messages, ? extends PinPrompt> prompts;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Section> section = new ReadOnlyObjectWrapper<>(this, "section",
            Section.CHARGE);
    private final ReadOnlyObjectWrapper<Messages> messages;
    private Consumer<Section> onShow = s -> { };

    /**
     * @param prompts the PIN prompt in a given language (the kiosk's gate asks in the language of the moment)
     */
    public ShellModel(UiServices services, ManagerPinGuard pins, Function<Messages, ? extends PinPrompt> prompts,
                      TaskRunner tasks, Messages messages) {
        this.storeName = services.storeName();
        this.kiosk = services.counter().kiosk();
        this.available = availableIn(services);
        this.pins = pins;
        this.prompts = prompts;
        this.tasks = tasks;
        this.messages = new ReadOnlyObjectWrapper<>(this, "messages", messages);
    }

    /** The sections the services allow: Charge always, the others when their service was handed over. */
    static Set<Section> availableIn(UiServices services) {
        Set<Section> sections = EnumSet.of(Section.CHARGE);
        if (services.history().isPresent()) {
            sections.add(Section.HISTORY);
            sections.add(Section.END_OF_DAY);
        }
        if (services.till().isPresent()) {
            sections.add(Section.TILL);
        }
        if (services.customers().isPresent()) {
            sections.add(Section.CUSTOMERS);
        }
        if (services.settingsStore().isPresent()) {
            sections.add(Section.SETTINGS);
        }
        return Set.copyOf(sections);
    }

    /** What the window does each time a section is shown, again included (showing History again reloads it). */
    public void onShow(Consumer<Section> action) {
        onShow = action;
    }

    /**
     * The rail's choice: shows {@code wanted} if it is available; in kiosk mode Settings first asks for the manager
     * PIN (a refused PIN leaves the section as it was).
     *
     * @return completes with whether {@code wanted} is now shown
     */
    public CompletableFuture<Boolean> open(Section wanted) {
        if (!available.contains(wanted)) {
            return CompletableFuture.completedFuture(false);
        }
        if (wanted == Section.SETTINGS && kiosk && section.get() != Section.SETTINGS) {
            return gate().unlock(text("kiosk.settings.title"), text("kiosk.settings.message"), () -> show(wanted));
        }
        show(wanted);
        return CompletableFuture.completedFuture(true);
    }

    /** Shows {@code wanted} without any PIN (the keypad after a checkout, the section after a language switch). */
    public void show(Section wanted) {
        if (!available.contains(wanted)) {
            return;
        }
        section.set(wanted);
        onShow.accept(wanted);
    }

    /**
     * Leaving the app: at once, or in kiosk mode only after the manager PIN.
     *
     * @param close what closes the window
     * @return completes with whether it closed
     */
    public CompletableFuture<Boolean> requestExit(Runnable close) {
        if (!kiosk) {
            close.run();
            return CompletableFuture.completedFuture(true);
        }
        return gate().unlock(text("kiosk.exit.title"), text("kiosk.exit.message"), close);
    }

    /** Switches the UI language (the window rebuilds every screen in it); the section stays. */
    public void switchLanguage(Locale locale) {
        Messages next = new Messages(locale);
        if (next.locale().equals(messages.get().locale())) {
            return;
        }
        LOG.info("Language switched to {}", next.locale());
        messages.set(next);
    }

    private ManagerGate gate() {
        return new ManagerGate(pins, prompts.apply(messages.get()), tasks, messages.get());
    }

    private String text(String key) {
        return messages.get().get(key);
    }

    /** The window's title in the current language. */
    public String title() {
        return title(messages.get(), storeName);
    }

    /** The window's title for a store, in a language (also before the screens exist). */
    static String title(Messages messages, String storeName) {
        return messages.format("app.title", storeName);
    }

    public boolean isKiosk() {
        return kiosk;
    }

    public boolean isAvailable(Section s) {
        return available.contains(s);
    }

    public ReadOnlyObjectProperty<Section> sectionProperty() {
        return section.getReadOnlyProperty();
    }

    public Section getSection() {
        return section.get();
    }

    /** The strings of the current language; changes when the manager switches it in Settings. */
    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages.getReadOnlyProperty();
    }

    public Messages getMessages() {
        return messages.get();
    }
}
