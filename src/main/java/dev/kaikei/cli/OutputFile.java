package dev.kaikei.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The checks of an {@code --out FILE} before a command writes it: not a directory, not overwritten without --force. */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * @param exampleName a file name to suggest when {@code out} is a directory
     * @return why {@code out} must not be written, or empty when it may be
     */
    static Optional<String> refusal(Path out, boolean force, String exampleName) {
        if (Files.isDirectory(out)) {
            return Optional.of(out + " is a directory; give a file name, e.g. " + out.resolve(exampleName));
        }
        if (Files.exists(out) && !force) {
            return Optional.of(out + " already exists; use --force to overwrite it");
        }
        return Optional.empty();
    }
}
