package dev.kaikei;

import dev.kaikei.cli.KaikeiCommand;
import dev.kaikei.config.PlatformDirs;
import dev.kaikei.logs.LogFiles;

/**
 * Entry point of the jar and the installers. It deliberately does not extend {@code javafx.application.Application}
 * so that a plain classpath launch (fat jar) works without JavaFX on the module path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Before the first logger exists: logback.xml reads the log directory from this property.
        LogFiles.useDirectory(PlatformDirs.forCurrentUser());
        System.exit(KaikeiCommand.commandLine().execute(args));
    }
}
