package dev.kaikei.cli;

import dev.kaikei.config.ConfigException;
import dev.kaikei.config.Settings;
import dev.kaikei.config.SettingsLoader;
import dev.kaikei.ui.DesktopApp;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code kaikei} command: with no subcommand it opens the cashier app; subcommands run headless tasks. */
@Command(name = "kaikei",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "PayPay checkout for shop counters, tablets and kiosks.%n"
                + "With no command, opens the cashier app (simulator mode unless configured otherwise).",
        subcommands = {CommandLine.HelpCommand.class, SimulatorCommand.class, SelfTestCommand.class})
public final class KaikeiCommand implements Callable<Integer> {

    /** Exit code for a configuration problem (EX_CONFIG of sysexits.h). */
    public static final int EXIT_CONFIG = 78;

    @Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "Settings file (default: kaikei.properties in the user's config dir, if present).")
    Path configFile;

    /** The command line with Kaikei's error handling: config problems print one clear message, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new KaikeiCommand());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ConfigException) {
                commandLine.getErr().println(ex.getMessage());
                return EXIT_CONFIG;
            }
            throw ex;
        });
        return cl;
    }

    /** Loads settings for this invocation ({@code --config} or the defaults); shared by every subcommand. */
    public Settings loadSettings() {
        return SettingsLoader.forCurrentUser().load(Optional.ofNullable(configFile));
    }

    @Override
    public Integer call() {
        Settings settings = loadSettings();
        return DesktopApp.run(settings);
    }
}
