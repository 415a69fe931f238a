package dev.kaikei;

import dev.kaikei.cli.KaikeiCommand;
import dev.kaikei.config.PlatformDirs;
import dev.kaikei.logs.LogFiles;
import dev.kaikei.opa.PayPayClient;

/**
 * Entry point of the jar and the installers. It deliberately does not extend {@code javafx.application.Application}
 * so that a plain classpath launch (fat jar) works without JavaFX on the module path.
 */
public final class Main {

    static {
        // First of all: settings the JDK reads once, before any library gets the chance to use its HTTP client.
        PayPayClient.forbidJdkPostRetries();
    }

    private Main() {
    }

    public static void main(String[] args) {
        // Before the first logger exists: LogSetup reads the log directory from this property.
        LogFiles.useDirectory(PlatformDirs.forCurrentUser());
        System.exit(KaikeiCommand.forArguments(args).execute(args));
    }
}
