package dev.kaikei.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.kaikei.files.OwnerOnly;
import dev.kaikei.config.Settings;
import dev.kaikei.journal.CallEvent;
import dev.kaikei.journal.Journal;
import dev.kaikei.logs.LogFiles;
import dev.kaikei.logs.LogRedaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the zip a shop sends to support: the log files, the journal's recent PayPay calls (ids and outcomes only),
 * a settings summary and version information. The API secret and the PIN hash appear in no entry: the settings go
 * through {@link Settings#toString()}, which masks both, and every text entry also passes {@link LogRedaction}.
 */
public final class SupportBundle {

    /** How many of the latest PayPay calls go into the bundle. */
    public static final int EVENT_LIMIT = 5000;

    private final Settings settings;
    private final Journal journal;
    private final Path logDir;
    private final Clock clock;

    public SupportBundle(Settings settings, Journal journal, Path logDir, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.logDir = Objects.requireNonNull(logDir, "logDir");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes the bundle to {@code zip}, completely or not at all (a partial file is never left behind).
     *
     * @return the names of the entries written
     * @throws UncheckedIOException if the file cannot be written
     */
    public List<String> writeTo(Path zip) {
        LogRedaction.register(settings.apiSecret().reveal());
        try {
            Path dir = Objects.requireNonNullElse(zip.toAbsolutePath().getParent(), Path.of("."));
            OwnerOnly.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".kaikei-support", ".zip.tmp"); // owner-only
            try {
                List<String> names;
                try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
                    names = writeEntries(out);
                }
                Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING);
                return names;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the support bundle " + zip + ": " + e.getMessage(), e);
        }
    }

    private List<String> writeEntries(ZipOutputStream out) throws IOException {
        List<String> names = new ArrayList<>();
        text(out, names, "version.txt", versionInfo());
        text(out, names, "settings.txt", settingsSummary());
        text(out, names, "events.json", eventsJson());
        for (Path log : LogFiles.in(logDir)) {
            out.putNextEntry(new ZipEntry("logs/" + log.getFileName()));
            // Redacted again on the way out: a log written by an older version, or before a secret was known.
            try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    out.write((LogRedaction.redact(line) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            out.closeEntry();
            names.add("logs/" + log.getFileName());
        }
        return names;
    }

    private static void text(ZipOutputStream out, List<String> names, String name, String content)
            throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(LogRedaction.redact(content).getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
        names.add(name);
    }

    private String versionInfo() {
        String version = Objects.requireNonNullElse(SupportBundle.class.getPackage().getImplementationVersion(),
                "dev");
        return "Kaikei " + version + "\n"
                + "Created " + clock.instant() + "\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + "OS " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + "\n"
                + "Journal schema " + Journal.schemaVersion() + "\n";
    }

    private String settingsSummary() {
        String all = settings.toString();
        // One setting a line: "Settings[a=1, b=2]" → "a=1\nb=2".
        String body = all.substring(all.indexOf('[') + 1, all.length() - 1);
        return String.join("\n", body.split(", (?=[A-Za-z]+=)")) + "\n";
    }

    private String eventsJson() throws IOException {
        List<Map<String, Object>> rows = journal.recentEvents(EVENT_LIMIT).stream().map(SupportBundle::row).toList();
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows);
    }

    private static Map<String, Object> row(CallEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at", e.at().toString());
        m.put("operation", e.operation());
        m.put("merchantId", e.merchantId());
        m.put("httpStatus", e.httpStatus());
        m.put("resultCode", e.resultCode());
        m.put("codeId", e.codeId());
        m.put("outcome", e.outcome().name());
        m.put("latencyMs", e.latencyMs());
        m.put("requestId", e.requestId());
        m.put("note", e.note());
        return m;
    }
}
