package dev.kaikei;

import dev.kaikei.cli.KaikeiCommand;

/**
 * Entry point of the jar and the installers. It deliberately does not extend {@code javafx.application.Application}
 * so that a plain classpath launch (fat jar) works without JavaFX on the module path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(KaikeiCommand.commandLine().execute(args));
    }
}
