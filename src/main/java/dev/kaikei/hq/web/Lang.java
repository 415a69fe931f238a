package dev.kaikei.hq.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The back office's two languages; Japanese unless the browser or the person chose English. */
enum Lang {
    JA(Locale.JAPANESE),
    EN(Locale.ENGLISH);

    static final String COOKIE = "kaikei_hq_lang";

    private final Locale locale;
    private final ResourceBundle bundle;

    Lang(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("dev.kaikei.hq.web.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String code() {
        return locale.getLanguage();
    }

    Lang other() {
        return this == JA ? EN : JA;
    }

    String t(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The text for {@code prefix + name}, or the name itself when this version has none (a newer till's value). */
    String label(String prefix, String name) {
        String key = prefix + name;
        return bundle.containsKey(key) ? bundle.getString(key) : name;
    }

    /** From the cookie a person set, else the browser's first of ja/en, else Japanese. */
    static Lang choose(String cookie, String acceptLanguage) {
        if ("en".equals(cookie)) {
            return EN;
        }
        if ("ja".equals(cookie)) {
            return JA;
        }
        if (acceptLanguage != null) {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(sanitize(acceptLanguage))) {
                String tag = range.getRange();
                if (tag.startsWith("ja")) {
                    return JA;
                }
                if (tag.startsWith("en")) {
                    return EN;
                }
            }
        }
        return JA;
    }

    /** A malformed header would throw: keep only what a language range may contain. */
    private static String sanitize(String header) {
        String cleaned = header.replaceAll("[^A-Za-z0-9,;=.*\\- ]", "");
        try {
            Locale.LanguageRange.parse(cleaned);
            return cleaned;
        } catch (IllegalArgumentException e) {
            return "ja";
        }
    }
}
