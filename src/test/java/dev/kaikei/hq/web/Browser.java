package dev.kaikei.hq.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's chromium + chromium-driver) driven by Selenium. Without them the browser tests
 * fail with what to install; {@code -Dkaikei.skipBrowserTests=true} skips them instead, visibly (reported as
 * skipped), never silently. CI installs both (.ci/run).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("kaikei.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("kaikei.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path downloads;

    private Browser(ChromeDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    static Browser start(Path workDir) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            Assumptions.assumeFalse(Boolean.getBoolean("kaikei.skipBrowserTests"),
                    "browser tests skipped on request (-Dkaikei.skipBrowserTests=true)");
            throw new AssertionError("The back office's browser tests need Chromium and its driver: "
                    + "sudo apt-get install chromium chromium-driver (looked for " + CHROMIUM + " and " + DRIVER
                    + "; other paths: -Dkaikei.chromium=... -Dkaikei.chromedriver=...). "
                    + "To skip them on purpose: -Dkaikei.skipBrowserTests=true");
        }
        try {
            Path profile = Files.createDirectories(workDir.resolve("chromium-profile"));
            Path downloads = Files.createDirectories(workDir.resolve("downloads"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900",
                    "--lang=ja");
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false, "intl.accept_languages", "ja"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    Path downloads() {
        return downloads;
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** A PNG of the page as it is now, into target/screenshots (looked at; one is in the README). */
    Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
