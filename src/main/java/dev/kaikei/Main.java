package dev.kaikei;

import dev.kaikei.app.CashierApp;
import dev.kaikei.cli.KaikeiCommand;
import dev.kaikei.config.PlatformDirs;
import dev.kaikei.logs.LogFiles;
import picocli.CommandLine;

/**
 * Entry point of the jar and the installers. It deliberately does not extend {@code javafx.application.Application}
 * so that a plain classpath launch (fat jar) works without JavaFX on the module path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Before the first logger exists: LogSetup reads the log directory from this property.
        LogFiles.useDirectory(PlatformDirs.forCurrentUser());
        // The window will be wanted: its toolkit starts now, while the settings are read and the engine opens.
        if (KaikeiCommand.surelyOpensCashierApp(args)) {
            // The menu entry, a kiosk's autostart: no command line to parse (see KaikeiCommand#runCashierApp).
            CashierApp.prepareWindow();
            System.exit(KaikeiCommand.runCashierApp(args));
        }
        CommandLine command = KaikeiCommand.forArguments(args);
        if (KaikeiCommand.opensCashierApp(command)) {
            CashierApp.prepareWindow();
        }
        System.exit(command.execute(args));
    }
}
