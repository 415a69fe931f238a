package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.app.CashierApp;
import dev.kaikei.app.StartupException;
import dev.kaikei.config.ConfigException;
import dev.kaikei.config.PlatformDirs;
import dev.kaikei.config.Settings;
import dev.kaikei.config.SettingsLoader;
import java.nio.file.Path;
import java.util.Objects;
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
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.L_OK, ExitCodes.L_ERROR, ExitCodes.L_USAGE, ExitCodes.L_JOURNAL,
                ExitCodes.L_IN_USE, ExitCodes.L_CONFIG},
        subcommands = {CommandLine.HelpCommand.class, ChargeCommand.class, PaymentsCommand.class,
                RefundCommand.class, CancelCommand.class, CaptureCommand.class, RevertCommand.class,
                ReconcileCommand.class, ReportCommand.class, ExportCommand.class, PayPayFileCommand.class, TillCommand.class, CustomersCommand.class,
                LinkCommand.class, ChargeCustomerCommand.class, UnlinkCommand.class, SimulatorCommand.class,
                SupportBundleCommand.class, RestoreCommand.class, SelfTestCommand.class, ReceiptCommand.class,
                PrinterTestCommand.class})
public final class KaikeiCommand implements Callable<Integer> {

    /** Exit code for a configuration problem (EX_CONFIG of sysexits.h). */
    public static final int EXIT_CONFIG = ExitCodes.CONFIG;

    @Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "Settings file (default: kaikei.properties in the user's config dir, if present).")
    Path configFile;

    @Option(names = "--kiosk", description = "Kiosk mode for this run: full screen, exit and Settings only with the"
            + " manager PIN (as kiosk.enabled=true).")
    boolean kiosk;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final AppOptions appOptions;

    KaikeiCommand(AppOptions appOptions) {
        this.appOptions = Objects.requireNonNull(appOptions, "appOptions");
    }

    /** The command line with Kaikei's error handling: config problems print one clear message, not a stack trace. */
    public static CommandLine commandLine() {
        return commandLine(AppOptions.defaults());
    }

    /** The same command line with other app options (tests: fast engine timings, an injected clock). */
    public static CommandLine commandLine(AppOptions appOptions) {
        CommandLine cl = new CommandLine(new KaikeiCommand(appOptions));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ConfigException) {
                commandLine.getErr().println(ex.getMessage());
                return ExitCodes.CONFIG;
            }
            if (ex instanceof StartupException s) {
                commandLine.getErr().println(s.getMessage());
                return s.reason() == StartupException.Reason.IN_USE ? ExitCodes.IN_USE : ExitCodes.JOURNAL;
            }
            throw ex;
        });
        return cl;
    }

    /** Loads settings for this invocation ({@code --config} or the defaults); shared by every subcommand. */
    public Settings loadSettings() {
        return SettingsLoader.forCurrentUser().load(Optional.ofNullable(configFile));
    }

    /** Opens the app for a subcommand: an owner may move money (holds the journal), a reader only reads history. */
    AppContext openContext(AppOptions.Role role, boolean backgroundReconciler) {
        return AppContext.open(loadSettings(), appOptions.withRole(role)
                .withBackgroundReconciler(backgroundReconciler));
    }

    @Override
    public Integer call() {
        Settings loaded = loadSettings();
        Settings settings = kiosk ? loaded.withCounter(loaded.counter().withKiosk(true)) : loaded;
        AppContext context;
        try {
            context = AppContext.open(settings, appOptions);
        } catch (StartupException e) {
            return SecondStart.handle(e, settings, spec.commandLine());
        }
        try (context) {
            // Blocks until the cashier closes the window; the context (engine, journal, simulator) closes after it.
            return CashierApp.run(context, configFile != null ? configFile
                    : PlatformDirs.forCurrentUser().defaultConfigFile());
        }
    }
}
