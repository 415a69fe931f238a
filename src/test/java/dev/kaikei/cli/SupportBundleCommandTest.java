package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.app.TestPayPay;
import dev.kaikei.config.ManagerPin;
import dev.kaikei.logs.LogFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("kaikei support-bundle")
class SupportBundleCommandTest extends CliFixture {

    private final String pinHash = ManagerPin.hash("2468".toCharArray());
    private String previousLogDir;
    private Path logDir;

    @BeforeEach
    void logsAndPin() throws IOException {
        logDir = Files.createDirectories(dir.resolve("logs"));
        previousLogDir = System.getProperty(LogFiles.PROPERTY);
        System.setProperty(LogFiles.PROPERTY, logDir.toString());
        // As a log written before redaction existed might look.
        Files.writeString(logDir.resolve("kaikei.log"), "INFO started\nDEBUG secret " + TestPayPay.API_SECRET
                + " hash " + pinHash + "\n");
        Files.writeString(logDir.resolve("kaikei.1.log"), "INFO older file\n");
        Files.writeString(config, Files.readString(config) + "manager.pinHash=" + pinHash + "\n");
    }

    @AfterEach
    void restoreLogDir() {
        if (previousLogDir == null) {
            System.clearProperty(LogFiles.PROPERTY);
        } else {
            System.setProperty(LogFiles.PROPERTY, previousLogDir);
        }
    }

    @Test
    @DisplayName("zips logs, PayPay calls, settings and versions; no entry holds the secret or the PIN hash")
    void bundle() throws IOException {
        String paid = paidCharge(1200);
        Path zip = dir.resolve("support.zip");

        Run run = run("support-bundle", "--out", zip.toString());

        assertThat(run.code()).as(run.err()).isZero();
        Map<String, String> entries = unzip(zip);
        assertThat(entries).containsOnlyKeys("version.txt", "settings.txt", "events.json", "logs/kaikei.log",
                "logs/kaikei.1.log");
        assertThat(entries.get("version.txt")).contains("Kaikei", "Java", "Journal schema");
        assertThat(entries.get("settings.txt")).contains("mode=STAGING", "terminalId=T1", "apiSecret=********",
                "managerPin=(set)");
        assertThat(entries.get("events.json")).contains("CREATE_QR_CODE", paid);
        assertThat(entries.get("logs/kaikei.log")).contains("INFO started", "secret ****");
        entries.forEach((name, content) -> assertThat(content).as(name)
                .doesNotContain(TestPayPay.API_SECRET, pinHash));
    }

    @Test
    @DisplayName("refuses to overwrite an existing file without --force")
    void noOverwrite() throws IOException {
        Path zip = Files.writeString(dir.resolve("support.zip"), "keep");
        Run run = run("support-bundle", "--out", zip.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.CANT_CREATE);
        assertThat(run.err()).contains("already exists");
        assertThat(Files.readString(zip)).isEqualTo("keep");
    }

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
