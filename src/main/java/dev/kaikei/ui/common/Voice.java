package dev.kaikei.ui.common;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks a sentence with the platform's own voice, like a payment "soundbox": {@code espeak-ng} or {@code spd-say} on
 * Linux, {@code say} on macOS, System.Speech through PowerShell on Windows. The speech runs as a separate process that
 * is never waited for, so a slow or missing voice never holds up the checkout; a machine without one is told once in
 * the log and then left quiet.
 */
public final class Voice {

    private static final Logger LOG = LoggerFactory.getLogger(Voice.class);

    /** Starts a process; the real one is {@link ProcessBuilder}, tests record the command. */
    @FunctionalInterface
    public interface ProcessRunner {
        void start(List<String> command) throws IOException;
    }

    private final Optional<List<String>> prefix;
    private final boolean windows;
    private final ProcessRunner runner;
    private final AtomicBoolean told = new AtomicBoolean();

    Voice(String osName, Locale locale, Predicate<String> onPath, ProcessRunner runner) {
        String os = osName.toLowerCase(Locale.ROOT);
        this.windows = os.contains("win");
        this.prefix = commandPrefix(os, locale, onPath);
        this.runner = runner;
    }

    /** The voice of this machine for {@code locale}'s language. */
    public static Voice forThisMachine(Locale locale) {
        return new Voice(System.getProperty("os.name", ""), locale, onPath(System.getenv()),
                command -> new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** Whether a voice program was found. */
    public boolean available() {
        return prefix.isPresent();
    }

    /** The command that speaks {@code text}, or empty when this machine has no voice. */
    public Optional<List<String>> command(String text) {
        return prefix.map(p -> {
            if (windows) {
                // One PowerShell string literal: single quotes are escaped by doubling them.
                String script = "Add-Type -AssemblyName System.Speech; (New-Object"
                        + " System.Speech.Synthesis.SpeechSynthesizer).Speak('" + text.replace("'", "''") + "')";
                return List.of(p.get(0), "-NoProfile", "-NonInteractive", "-Command", script);
            }
            return concat(p, text);
        });
    }

    /** Speaks {@code text} in the background; without a voice it does nothing (said once in the log). */
    public void say(String text) {
        Optional<List<String>> command = command(text);
        if (command.isEmpty()) {
            if (told.compareAndSet(false, true)) {
                LOG.info("Spoken amounts are on (voice.enabled) but no voice program was found"
                        + " (espeak-ng, spd-say, say or PowerShell); skipping them");
            }
            return;
        }
        try {
            runner.start(command.get());
        } catch (IOException | RuntimeException e) {
            if (told.compareAndSet(false, true)) {
                LOG.warn("Cannot speak with {}: {}; spoken amounts are skipped", command.get().get(0), e.toString());
            }
        }
    }

    private static Optional<List<String>> commandPrefix(String os, Locale locale, Predicate<String> onPath) {
        boolean japanese = "ja".equals(locale.getLanguage());
        if (os.contains("win")) {
            return onPath.test("powershell.exe") ? Optional.of(List.of("powershell.exe")) : Optional.empty();
        }
        if (os.contains("mac")) {
            return onPath.test("say") ? Optional.of(List.of("say")) : Optional.empty();
        }
        if (onPath.test("espeak-ng")) {
            return Optional.of(List.of("espeak-ng", "-v", japanese ? "ja" : "en"));
        }
        if (onPath.test("spd-say")) {
            return Optional.of(List.of("spd-say", "-l", japanese ? "ja" : "en"));
        }
        return Optional.empty();
    }

    /** Looks a program up in the {@code PATH} of {@code env}. */
    static Predicate<String> onPath(Map<String, String> env) {
        String path = env.getOrDefault("PATH", env.getOrDefault("Path", ""));
        return program -> {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    Path candidate = Path.of(dir).resolve(program);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    private static List<String> concat(List<String> prefix, String last) {
        return Stream.concat(prefix.stream(), Stream.of(last)).toList();
    }
}
