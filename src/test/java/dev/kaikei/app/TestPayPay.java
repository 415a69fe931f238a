package dev.kaikei.app;

import dev.kaikei.config.PlatformDirs;
import dev.kaikei.config.Settings;
import dev.kaikei.config.SettingsLoader;
import dev.kaikei.payment.EngineSettings;
import dev.kaikei.simulator.PayPaySimulator;
import dev.kaikei.simulator.SimulatorClock;
import dev.kaikei.simulator.SimulatorOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Test support for the composition root: a PayPay simulator in the test JVM with fixed keys (so it outlives any app or
 * child process), config files that point the app at it (STAGING over http, which config allows) or at the embedded
 * simulator, and app options with millisecond engine timings.
 */
public final class TestPayPay {

    public static final String API_KEY = "test_api_key";
    public static final String API_SECRET = "dGVzdC1zZWNyZXQtZm9yLWthaWtlaS10ZXN0cy0xMjM0NTY=";
    public static final String MERCHANT_ID = "M-TEST-1";
    /** The test shop's own account-link return page (a reserved example domain; the simulator redirects anywhere). */
    public static final String LINK_RETURN_PAGE = "https://shop.example/paypay/linked";

    private TestPayPay() {
    }

    /** A started simulator with the fixed test keys. */
    public static PayPaySimulator startSimulator(long expirySeconds) {
        return new PayPaySimulator(SimulatorOptions.builder().apiKey(API_KEY).apiSecret(API_SECRET)
                .merchantId(MERCHANT_ID).expirySeconds(expirySeconds).clock(SimulatorClock.system()).seed(3)
                .storeName("Test Shop").build()).start();
    }

    /** A private (0600) config file pointing the app at {@code sim} as STAGING, journal {@code journal}. */
    public static Path stagingConfig(Path dir, PayPaySimulator sim, Path journal) {
        return write(dir.resolve("staging.properties"), "paypay.env=STAGING\n"
                + "paypay.baseUrl=" + sim.baseUri() + "\n"
                + "paypay.apiKey=" + API_KEY + "\n"
                + "paypay.apiSecret=" + API_SECRET + "\n"
                + "paypay.merchantId=" + MERCHANT_ID + "\n"
                + "paypay.linkRedirectUrl=" + LINK_RETURN_PAGE + "\n"
                + common(journal));
    }

    /** A config file for SIMULATOR mode (the app embeds its own simulator), journal {@code journal}. */
    public static Path simulatorConfig(Path dir, Path journal) {
        return write(dir.resolve("simulator.properties"), common(journal));
    }

    private static String common(Path journal) {
        return "store.name=Test Shop\nterminal.id=T1\nlocale=en\njournal.path="
                + journal.toString().replace("\\", "\\\\") + "\n";
    }

    public static Settings load(Path dir, Path config) {
        return new SettingsLoader(PlatformDirs.of("Linux", dir, Map.of()), Map.of(), Locale.ENGLISH)
                .load(Optional.of(config));
    }

    /** Engine timings in milliseconds so tests and child processes finish fast. */
    public static EngineSettings fast(EngineSettings s) {
        return s.withTimings(Duration.ofMillis(50), Duration.ofMillis(10), Duration.ofMillis(200),
                Duration.ofMillis(30), Duration.ofMillis(200), 20, Duration.ofMinutes(5));
    }

    public static AppOptions fastOptions() {
        return AppOptions.defaults().withEngineTuning(TestPayPay::fast).withCloseGrace(Duration.ofSeconds(5));
    }

    private static Path write(Path file, String content) {
        try {
            Files.writeString(file, content);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
