package dev.kaikei.ui.settings;

import java.nio.file.Path;
import java.util.List;

/** Writes the support zip (logs, recent PayPay calls, settings without secrets, versions); slow: call off the UI thread. */
@FunctionalInterface
public interface SupportBundleWriter {

    /**
     * @return the names of the entries written
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    List<String> write(Path zip);
}
