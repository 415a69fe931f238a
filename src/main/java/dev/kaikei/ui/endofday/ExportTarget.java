package dev.kaikei.ui.endofday;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save an export: a file chooser in the app, a fixed path in tests. Called on the UI thread. */
@FunctionalInterface
public interface ExportTarget {

    /** The file to write, or empty if the cashier cancelled. */
    Optional<Path> chooseCsvFile(String suggestedName);
}
