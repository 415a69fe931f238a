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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks a sentence with the platform's own voice, like a payment "soundbox": {@code espeak-ng} or {@code spd-say} on
 * Linux, {@code say} on macOS, System.Speech through PowerShell on Windows. The speech runs as a separate process that
 * is never waited for, so a slow or missing voice never holds up the checkout; a machine without one is told once in
 * the log and then left quiet.
 *
 * <p>Which program exists is looked up once (it searches the {@code PATH}); the language is given with each sentence,
 * because the cashier can switch the UI language while the app runs and the voice must read the sentence in the
 * language it was written in.
 */
public final class Voice {

    private static final Logger LOG = LoggerFactory.getLogger(Voice.class);

    /** Starts a process; the real one is {@link ProcessBuilder}, tests record the command. */
    @FunctionalInterface
    public interface ProcessRunner {
        void start(List<String> command) throws IOException;
    }

    /** The voice programs this class knows how to drive. */
    private enum Program {
        ESPEAK_NG("espeak-ng"), SPD_SAY("spd-say"), SAY("say"), POWERSHELL("powershell.exe");

        private final String executable;

        Program(String executable) {
            this.executable = executable;
        }
    }

    private final Optional<Program> program;
    private final ProcessRunner runner;
    private final AtomicBoolean told = new AtomicBoolean();

    Voice(String osName, Predicate<String> onPath, ProcessRunner runner) {
        this.program = find(osName.toLowerCase(Locale.ROOT), onPath);
        this.runner = runner;
    }

    /** The voice of this machine. */
    public static Voice forThisMachine() {
        return new Voice(System.getProperty("os.name", ""), onPath(System.getenv()),
                command -> new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** Whether a voice program was found. */
    public boolean available() {
        return program.isPresent();
    }

    /** The command that speaks {@code text} in {@code language}, or empty when this machine has no voice. */
    public Optional<List<String>> command(String text, Locale language) {
        // The UI speaks Japanese or English only (see Messages); anything else is read as English.
        String lang = "ja".equals(language.getLanguage()) ? "ja" : "en";
        return program.map(p -> switch (p) {
            case ESPEAK_NG -> List.of(p.executable, "-v", lang, text);
            case SPD_SAY -> List.of(p.executable, "-l", lang, text);
            // say and System.Speech read with the system's default voice: no language is chosen for them.
            case SAY -> List.of(p.executable, text);
            case POWERSHELL -> {
                // One PowerShell string literal: single quotes are escaped by doubling them.
                String script = "Add-Type -AssemblyName System.Speech; (New-Object"
                        + " System.Speech.Synthesis.SpeechSynthesizer).Speak('" + text.replace("'", "''") + "')";
                yield List.of(p.executable, "-NoProfile", "-NonInteractive", "-Command", script);
            }
        });
    }

    /**
     * Speaks {@code text} in {@code language} in the background; without a voice it does nothing (said once in the
     * log).
     */
    public void say(String text, Locale language) {
        Optional<List<String>> command = command(text, language);
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

    private static Optional<Program> find(String os, Predicate<String> onPath) {
        List<Program> candidates = os.contains("win") ? List.of(Program.POWERSHELL)
                : os.contains("mac") ? List.of(Program.SAY)
                : List.of(Program.ESPEAK_NG, Program.SPD_SAY);
        return candidates.stream().filter(p -> onPath.test(p.executable)).findFirst();
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
}
