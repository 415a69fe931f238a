package dev.kaikei.logs;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in log text: the API secret values registered at start-up, {@code hmac OPA-Auth:…} authorization
 * headers (their MAC derives from the secret) and {@code pbkdf2$…} PIN hashes (a 4-digit PIN falls to its hash).
 * <p>
 * This is a static holder, unlike the rest of the app, because logback builds its configuration ({@link LogSetup})
 * itself, before the composition root exists, and offers no way to hand it an object; the composition root registers
 * the secrets here before anything that knows them can log. It only ever adds masking, so a missed registration never weakens the patterns.
 */
public final class LogRedaction {

    /** What every masked part is replaced with. */
    public static final String MASK = "****";

    /** Shorter values are not masked as literals: masking "1" everywhere would garble the log, not protect it. */
    private static final int MIN_SECRET_LENGTH = 6;
    private static final Pattern AUTH_HEADER = Pattern.compile("(OPA-Auth:)[^\\s\"',;]+");
    private static final Pattern PIN_HASH = Pattern.compile("(pbkdf2\\$)[^\\s\"',;)\\]]+");
    private static final List<String> SECRETS = new CopyOnWriteArrayList<>();

    private LogRedaction() {
    }

    /** Masks {@code secret} wherever it appears in later log lines (blank and very short values are ignored). */
    public static void register(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length() >= MIN_SECRET_LENGTH && !SECRETS.contains(secret)) {
            SECRETS.add(secret);
            // Longest first, so a secret containing another is masked whole.
            SECRETS.sort(Comparator.comparingInt(String::length).reversed());
        }
    }

    /** {@code text} with every registered secret, authorization MAC and PIN hash replaced by {@value #MASK}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : SECRETS) {
            if (out.contains(secret)) {
                out = out.replace(secret, MASK);
            }
        }
        out = mask(AUTH_HEADER, out);
        return mask(PIN_HASH, out);
    }

    private static String mask(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.replaceAll("$1" + Matcher.quoteReplacement(MASK)) : text;
    }
}
