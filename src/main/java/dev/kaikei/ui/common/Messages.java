package dev.kaikei.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The UI's strings in one language, from the {@code i18n.messages} bundle (Japanese or English; English for any
 * other language). Every visible string goes through here, keyed by stable dotted keys such as
 * {@code charge.button.charge}.
 */
public final class Messages {

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    public static final String BUNDLE = "i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = "ja".equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        // No fallback to the JVM default locale: a French machine gets the English base bundle, not Japanese.
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The operating system's language (Japanese or English). */
    public static Messages forDefaultLocale() {
        return new Messages(Locale.getDefault());
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text for {@code key}; a missing key shows as the key itself (and is logged) rather than crashing. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing message key {}", key);
            return key;
        }
    }

    /** The text for {@code key} with {@code {0}}-style arguments filled in. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /** An amount as it reads inside a sentence of this language. */
    public String amountInText(long yen) {
        return Yen.inText(yen, locale);
    }
}
