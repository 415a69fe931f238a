package dev.kaikei.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks where to save a file, or which file to read: the system's dialogs in the app, a fixed path in tests. Called on
 * the UI thread.
 */
@FunctionalInterface
public interface FileDialog {

    /** The kinds of file the app writes, as the save dialog filters them. */
    enum FileType {
        CSV("CSV", "*.csv"), ZIP("ZIP", "*.zip"), PDF("PDF", "*.pdf");

        private final String description;
        private final String pattern;

        FileType(String description, String pattern) {
            this.description = description;
            this.pattern = pattern;
        }

        public String description() {
            return description;
        }

        public String pattern() {
            return pattern;
        }
    }

    /** The file to write, or empty if the person cancelled. */
    Optional<Path> saveFile(String title, String suggestedName, FileType type);

    /**
     * The file to read, or empty if the person cancelled. A dialog that only saves (a test's) offers nothing to open,
     * as if cancelled.
     */
    default Optional<Path> openFile(String title, FileType type) {
        return Optional.empty();
    }
}
