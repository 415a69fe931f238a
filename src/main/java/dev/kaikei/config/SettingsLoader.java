package dev.kaikei.config;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds {@link Settings} from, in rising priority: built-in defaults, a properties file ({@code --config FILE}, else the
 * user's file in the platform config dir if it exists) and {@code KAIKEI_*} environment variables. Every problem is
 * collected and reported at once, so the operator fixes the file in one go and the app never starts half-configured.
 */
public final class SettingsLoader {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsLoader.class);
    private static final Pattern TERMINAL_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final Pattern MERCHANT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final int MAX_STORE_NAME = 60;
    /** PayPay's limit for free-text fields such as storeId and redirectUrl. */
    private static final int MAX_PAYPAY_TEXT = 255;
    private static final int MAX_SCREEN_INDEX = 9;

    private final PlatformDirs dirs;
    private final Map<String, String> environment;
    private final Locale osLocale;

    public SettingsLoader(PlatformDirs dirs, Map<String, String> environment, Locale osLocale) {
        this.dirs = dirs;
        this.environment = Map.copyOf(environment);
        this.osLocale = osLocale;
    }

    /** The loader for this machine and user. */
    public static SettingsLoader forCurrentUser() {
        return new SettingsLoader(PlatformDirs.forCurrentUser(), System.getenv(), Locale.getDefault());
    }

    /**
     * Loads and validates the settings.
     *
     * @param explicitFile the file given with {@code --config}; it must exist
     * @throws ConfigException listing every invalid or missing value
     */
    public Settings load(Optional<Path> explicitFile) {
        List<String> warnings = new ArrayList<>();
        Properties file = new Properties();
        String source = "defaults";
        Optional<Path> path = explicitFile.or(() -> Optional.of(dirs.defaultConfigFile()).filter(Files::isRegularFile));
        if (path.isPresent()) {
            Path p = path.get();
            if (!Files.isRegularFile(p)) {
                throw new ConfigException("config file " + p + " does not exist or is not a file");
            }
            try (Reader reader = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                file.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException("config file " + p + " cannot be read: " + e.getMessage());
            }
            source = p.toString();
            for (String name : file.stringPropertyNames()) {
                if (!ConfigKeys.ALL.contains(name)) {
                    warnings.add("unknown key '" + name + "' in " + p + " is ignored (known keys: "
                            + String.join(", ", ConfigKeys.ALL) + ")");
                }
            }
            boolean holdsSecret = !file.getProperty(ConfigKeys.API_SECRET, "").isBlank()
                    || !file.getProperty(ConfigKeys.HQ_TOKEN, "").isBlank();
            if (holdsSecret && readableByOthers(p)) {
                warnings.add("config file " + p + " holds the API secret or HQ token but other users can read it;"
                        + " restrict it, e.g. chmod 600 " + p);
            }
        }
        Settings settings = validate(file, source, warnings);
        settings.warnings().forEach(w -> LOG.warn("{}", w));
        return settings;
    }

    /**
     * Validates settings given as properties (the Settings screen's form) by exactly the rules of {@link #load}; the
     * loader's environment variables still win over the given values.
     *
     * @throws ConfigException listing every problem with its key (see {@link ConfigException#about})
     */
    public Settings fromProperties(Properties values, String source) {
        return validate(values, source, new ArrayList<>());
    }

    private Settings validate(Properties file, String source, List<String> warnings) {
        List<Problem> problems = new ArrayList<>();
        PayPayMode mode = parseMode(value(file, ConfigKeys.ENV), problems);
        Optional<URI> baseUrl = parseBaseUrl(value(file, ConfigKeys.BASE_URL), mode, problems);
        String apiKey = value(file, ConfigKeys.API_KEY).orElse("");
        Secret secret = Secret.of(value(file, ConfigKeys.API_SECRET).orElse(""));
        String merchantId = value(file, ConfigKeys.MERCHANT_ID).orElse("");
        if (mode != PayPayMode.SIMULATOR) {
            requireSet(ConfigKeys.API_KEY, apiKey, mode, problems);
            requireSet(ConfigKeys.API_SECRET, secret.reveal(), mode, problems);
            requireSet(ConfigKeys.MERCHANT_ID, merchantId, mode, problems);
        }
        if (!merchantId.isEmpty() && !MERCHANT_ID.matcher(merchantId).matches()) {
            problems.add(Problem.of(ConfigKeys.MERCHANT_ID, "must be 1-64 characters of a-z A-Z 0-9 - _"));
        }
        Optional<URI> linkRedirectUrl = parseLinkRedirectUrl(value(file, ConfigKeys.LINK_REDIRECT_URL), mode,
                problems);
        Locale locale = parseLocale(value(file, ConfigKeys.LOCALE), problems);
        String storeName = value(file, ConfigKeys.STORE_NAME).orElse(defaultStoreName(locale));
        if (storeName.length() > MAX_STORE_NAME) {
            problems.add(Problem.of(ConfigKeys.STORE_NAME, "must be at most " + MAX_STORE_NAME + " characters"));
        }
        Optional<String> storeId = parseStoreId(value(file, ConfigKeys.STORE_ID), problems);
        String terminalId = value(file, ConfigKeys.TERMINAL_ID).orElseGet(SettingsLoader::defaultTerminalId);
        if (!TERMINAL_ID.matcher(terminalId).matches()) {
            problems.add(Problem.of(ConfigKeys.TERMINAL_ID, "must be 1-16 characters of a-z A-Z 0-9 - _ (got '"
                    + terminalId + "')"));
        }
        Path journal = parseJournal(value(file, ConfigKeys.JOURNAL_PATH), mode, problems);
        int poll = parsePoll(value(file, ConfigKeys.POLL_INTERVAL), problems);
        Optional<String> pinHash = value(file, ConfigKeys.MANAGER_PIN_HASH);
        if (pinHash.isPresent() && !ManagerPin.isWellFormed(pinHash.get())) {
            // The value itself is never repeated: it derives from the PIN.
            problems.add(Problem.of(ConfigKeys.MANAGER_PIN_HASH, "is not a PIN hash written by Kaikei"
                    + " (pbkdf2$iterations$salt$hash); set the manager PIN again in Settings or remove the line"));
        }
        boolean preAuth = parseBoolean(ConfigKeys.PRE_AUTH_ENABLED, value(file, ConfigKeys.PRE_AUTH_ENABLED), problems);
        OptionalInt customerScreen = parseScreen(value(file, ConfigKeys.CUSTOMER_SCREEN), problems);
        CounterOptions counter = parseCounter(file, problems);
        SalesOptions sales = SalesOptionsParser.parse(key -> value(file, key), quickKeysFile(source), problems);
        Optional<HqLink> hq = parseHq(value(file, ConfigKeys.HQ_URL), value(file, ConfigKeys.HQ_TOKEN), problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new Settings(mode, baseUrl, apiKey, secret, merchantId, storeName, terminalId, journal, poll, locale,
                source, warnings, pinHash, preAuth, customerScreen, counter, storeId, linkRedirectUrl, sales,
                hq);
    }

    /** The quick-keys file lives next to the settings file in use, else in the user's config folder. */
    private Path quickKeysFile(String source) {
        try {
            Path settingsFile = Path.of(source);
            if (Files.isRegularFile(settingsFile)) {
                return settingsFile.toAbsolutePath().resolveSibling(SalesOptions.QUICK_KEYS_FILE);
            }
        } catch (InvalidPathException e) {
            // "defaults" or a form: no file
        }
        return dirs.configDir().resolve(SalesOptions.QUICK_KEYS_FILE);
    }

    /** {@code auto | window | maximized | fullscreen}, case-insensitive; default auto. */
    private static WindowMode parseWindowMode(Optional<String> raw, List<Problem> problems) {
        if (raw.isEmpty()) {
            return WindowMode.AUTO;
        }
        return switch (raw.get().strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> WindowMode.AUTO;
            case "window" -> WindowMode.WINDOW;
            case "maximized", "maximised" -> WindowMode.MAXIMIZED;
            case "fullscreen" -> WindowMode.FULL_SCREEN;
            default -> {
                problems.add(Problem.of(ConfigKeys.WINDOW_MODE, "is '" + raw.get()
                        + "'; allowed: auto | window | maximized | fullscreen"));
                yield WindowMode.AUTO;
            }
        };
    }

    private CounterOptions parseCounter(Properties file, List<Problem> problems) {
        boolean kiosk = parseBoolean(ConfigKeys.KIOSK_ENABLED, value(file, ConfigKeys.KIOSK_ENABLED), problems);
        boolean sound = parseBoolean(ConfigKeys.SOUND_ENABLED, value(file, ConfigKeys.SOUND_ENABLED), true, problems);
        boolean voice = parseBoolean(ConfigKeys.VOICE_ENABLED, value(file, ConfigKeys.VOICE_ENABLED), problems);
        Optional<Path> backupDir = Optional.empty();
        Optional<String> rawDir = value(file, ConfigKeys.BACKUP_DIR);
        if (rawDir.isPresent()) {
            try {
                backupDir = Optional.of(Path.of(rawDir.get()));
            } catch (InvalidPathException e) {
                problems.add(Problem.of(ConfigKeys.BACKUP_DIR, "is not a valid folder path: " + e.getMessage()));
            }
        }
        int keep = CounterOptions.DEFAULT_KEEP_DAYS;
        Optional<String> rawKeep = value(file, ConfigKeys.BACKUP_KEEP_DAYS);
        if (rawKeep.isPresent()) {
            try {
                keep = Integer.parseInt(rawKeep.get());
            } catch (NumberFormatException e) {
                keep = -1;
            }
            if (keep < 1 || keep > CounterOptions.MAX_KEEP_DAYS) {
                problems.add(Problem.of(ConfigKeys.BACKUP_KEEP_DAYS, "is '" + rawKeep.get()
                        + "'; allowed: a whole number of backups to keep, 1-" + CounterOptions.MAX_KEEP_DAYS));
                keep = CounterOptions.DEFAULT_KEEP_DAYS;
            }
        }
        return new CounterOptions(kiosk, sound, voice, backupDir, keep, parseWindowMode(value(file,
                ConfigKeys.WINDOW_MODE), problems));
    }

    private static boolean parseBoolean(String key, Optional<String> raw, List<Problem> problems) {
        return parseBoolean(key, raw, false, problems);
    }

    private static boolean parseBoolean(String key, Optional<String> raw, boolean unset, List<Problem> problems) {
        if (raw.isEmpty()) {
            return unset;
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                problems.add(Problem.of(key, "is '" + raw.get() + "'; allowed: true | false"));
                yield unset;
            }
        };
    }

    private static OptionalInt parseScreen(Optional<String> raw, List<Problem> problems) {
        if (raw.isEmpty() || raw.get().equalsIgnoreCase("auto")) {
            return OptionalInt.empty();
        }
        try {
            int index = Integer.parseInt(raw.get());
            if (index >= 0 && index <= MAX_SCREEN_INDEX) {
                return OptionalInt.of(index);
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed values
        }
        problems.add(Problem.of(ConfigKeys.CUSTOMER_SCREEN, "is '" + raw.get() + "'; allowed: auto | a screen number 0-"
                + MAX_SCREEN_INDEX));
        return OptionalInt.empty();
    }

    /** The environment variable wins over the file; blank values count as unset. */
    private Optional<String> value(Properties file, String key) {
        String env = environment.get(ConfigKeys.environmentVariable(key));
        String raw = env != null ? env : file.getProperty(key);
        return Optional.ofNullable(raw).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static void requireSet(String key, String value, PayPayMode mode, List<Problem> problems) {
        if (value.isBlank()) {
            problems.add(Problem.of(key, "is required when paypay.env is " + mode
                    + " (only SIMULATOR runs without PayPay keys)"));
        }
    }

    private static PayPayMode parseMode(Optional<String> raw, List<Problem> problems) {
        if (raw.isEmpty()) {
            return PayPayMode.SIMULATOR;
        }
        try {
            return PayPayMode.valueOf(raw.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(ConfigKeys.ENV, "is '" + raw.get() + "'; allowed: "
                    + Arrays.stream(PayPayMode.values()).map(Enum::name).collect(Collectors.joining(" | "))));
            return PayPayMode.SIMULATOR;
        }
    }

    private static Optional<URI> parseBaseUrl(Optional<String> raw, PayPayMode mode, List<Problem> problems) {
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(raw.get());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                problems.add(Problem.of(ConfigKeys.BASE_URL, "must be an http:// or https:// URL with a host (got '"
                        + raw.get() + "')"));
            } else if (mode.isProduction() && !scheme.equals("https")) {
                problems.add(Problem.of(ConfigKeys.BASE_URL, "must use https:// when paypay.env is PROD"));
            } else {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            problems.add(Problem.of(ConfigKeys.BASE_URL, "is not a valid URL: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * PayPay takes any text up to 255 characters, but it lands in PayPay's reconciliation reports (and the CSV export):
     * control and invisible formatting characters would garble them or make two stores look alike.
     */
    private static Optional<String> parseStoreId(Optional<String> raw, List<Problem> problems) {
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String id = raw.get();
        boolean ok = true;
        if (id.length() > MAX_PAYPAY_TEXT) {
            problems.add(Problem.of(ConfigKeys.STORE_ID, "must be at most " + MAX_PAYPAY_TEXT + " characters (got "
                    + id.length() + ")"));
            ok = false;
        }
        OptionalInt bad = id.codePoints().filter(cp -> !printable(cp)).findFirst();
        if (bad.isPresent()) {
            // The character is named by its code point: printed as is, it would be invisible or break the line.
            problems.add(Problem.of(ConfigKeys.STORE_ID, "must be printable text without control characters (found "
                    + String.format(Locale.ROOT, "U+%04X", bad.getAsInt()) + ")"));
            ok = false;
        }
        return ok ? raw : Optional.empty();
    }

    private static boolean printable(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    /**
     * PayPay only redirects to https:// pages (under a callback domain registered for the merchant); the simulator
     * redirects anywhere, so training may use a plain http:// test page.
     */
    private static Optional<URI> parseLinkRedirectUrl(Optional<String> raw, PayPayMode mode, List<Problem> problems) {
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String key = ConfigKeys.LINK_REDIRECT_URL;
        try {
            URI uri = new URI(raw.get());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean allowed = scheme.equals("https") || scheme.equals("http") && mode == PayPayMode.SIMULATOR;
            if (!allowed || uri.getHost() == null) {
                problems.add(Problem.of(key, (mode == PayPayMode.SIMULATOR
                        ? "must be an absolute https:// or http:// URL with a host (got '"
                        : "must be an absolute https:// URL with a host (http:// only when paypay.env is SIMULATOR)"
                                + " (got '") + raw.get() + "')"));
            } else if (raw.get().length() > MAX_PAYPAY_TEXT) {
                problems.add(Problem.of(key, "must be at most " + MAX_PAYPAY_TEXT + " characters (got "
                        + raw.get().length() + ")"));
            } else {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            problems.add(Problem.of(key, "is not a valid URL: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * Both or neither. Money data crosses the internet to HQ, so https is required, except to this machine itself (an
     * HQ on the same host, or a TLS tunnel ending here).
     */
    private static Optional<HqLink> parseHq(Optional<String> rawUrl, Optional<String> rawToken,
                                            List<Problem> problems) {
        if (rawUrl.isEmpty() && rawToken.isEmpty()) {
            return Optional.empty();
        }
        if (rawUrl.isEmpty()) {
            problems.add(Problem.of(ConfigKeys.HQ_URL, "is required when hq.token is set (the back office's URL, "
                    + "e.g. https://hq.example.jp)"));
            return Optional.empty();
        }
        if (rawToken.isEmpty()) {
            problems.add(Problem.of(ConfigKeys.HQ_TOKEN, "is required when hq.url is set (the token printed by "
                    + "kaikei hq terminal add)"));
            return Optional.empty();
        }
        boolean ok = true;
        URI uri = null;
        try {
            uri = new URI(rawUrl.get());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean loopback = uri.getHost() != null && (uri.getHost().equals("localhost")
                    || uri.getHost().startsWith("127.") || uri.getHost().equals("[::1]"));
            if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http") && loopback)
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                problems.add(Problem.of(ConfigKeys.HQ_URL, "must be an https:// URL with a host and no query "
                        + "(http:// only to this machine: localhost, 127.x) (got '" + rawUrl.get() + "')"));
                ok = false;
            }
        } catch (URISyntaxException e) {
            problems.add(Problem.of(ConfigKeys.HQ_URL, "is not a valid URL: " + e.getMessage()));
            ok = false;
        }
        if (!rawToken.get().matches("[A-Za-z0-9_-]{20,128}")) {
            // The value is never repeated: it is a credential.
            problems.add(Problem.of(ConfigKeys.HQ_TOKEN, "is not a terminal token printed by kaikei hq terminal add"
                    + " (20-128 characters of A-Z a-z 0-9 _ -)"));
            ok = false;
        }
        return ok ? Optional.of(new HqLink(uri, Secret.of(rawToken.get()))) : Optional.empty();
    }

    private Path parseJournal(Optional<String> raw, PayPayMode mode, List<Problem> problems) {
        if (raw.isEmpty()) {
            return dirs.defaultJournal(mode);
        }
        try {
            return Path.of(raw.get());
        } catch (InvalidPathException e) {
            problems.add(Problem.of(ConfigKeys.JOURNAL_PATH, "is not a valid file path: " + e.getMessage()));
            return dirs.defaultJournal(mode);
        }
    }

    private static int parsePoll(Optional<String> raw, List<Problem> problems) {
        if (raw.isEmpty()) {
            return 4;
        }
        try {
            int seconds = Integer.parseInt(raw.get());
            if (seconds >= 2 && seconds <= 5) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        problems.add(Problem.of(ConfigKeys.POLL_INTERVAL, "is '" + raw.get() + "'; allowed: a whole number 2-5"));
        return 4;
    }

    /** Until the shop names itself: in the screens' language, since customers read it on their display. */
    static String defaultStoreName(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? "Kaikei ストア" : "Kaikei Store";
    }

    private Locale parseLocale(Optional<String> raw, List<Problem> problems) {
        if (raw.isEmpty()) {
            return "ja".equals(osLocale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "ja" -> Locale.JAPANESE;
            case "en" -> Locale.ENGLISH;
            default -> {
                problems.add(Problem.of(ConfigKeys.LOCALE, "is '" + raw.get() + "'; allowed: ja | en"));
                yield Locale.ENGLISH;
            }
        };
    }

    private static boolean readableByOthers(Path p) {
        PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        if (view == null) {
            return false; // Windows: the user profile's ACLs already keep it private.
        }
        try {
            Set<PosixFilePermission> perms = view.readAttributes().permissions();
            return perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException e) {
            return false;
        }
    }

    private static String defaultTerminalId() {
        try {
            String host = InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9_-]", "");
            if (!host.isEmpty()) {
                return host.length() > 16 ? host.substring(0, 16) : host;
            }
        } catch (IOException e) {
            // fall through to the fixed default
        }
        return "POS1";
    }
}
