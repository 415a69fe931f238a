package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.app.CashierApp;
import dev.kaikei.app.StartupException;
import dev.kaikei.cli.hq.HqCommand;
import dev.kaikei.config.ConfigException;
import dev.kaikei.config.PlatformDirs;
import dev.kaikei.config.Settings;
import dev.kaikei.config.SettingsLoader;
import dev.kaikei.logs.ConsoleLog;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
                ExitCodes.L_IN_USE, ExitCodes.L_CONFIG})
public final class KaikeiCommand implements Callable<Integer> {

    /** Exit code for a configuration problem (EX_CONFIG of sysexits.h). */
    public static final int EXIT_CONFIG = ExitCodes.CONFIG;

    /**
     * Kaikei's commands, in the order {@code --help} lists them. Added in {@link #commandLine} rather than named in
     * the {@code @Command} annotation: picocli reads every command's annotations when it is added, which costs the
     * cashier app's start noticeably, so a start without a command leaves them out ({@link #forArguments}).
     */
    static final List<Class<?>> COMMANDS = List.of(CommandLine.HelpCommand.class, ChargeCommand.class,
            PaymentsCommand.class, RefundCommand.class, CancelCommand.class, CaptureCommand.class,
            RevertCommand.class, ReconcileCommand.class, ReportCommand.class, ExportCommand.class,
            PayPayFileCommand.class, TillCommand.class, CustomersCommand.class, LinkCommand.class,
            ChargeCustomerCommand.class, UnlinkCommand.class,
            SimulatorCommand.class, SupportBundleCommand.class, RestoreCommand.class, SelfTestCommand.class,
            ReceiptCommand.class, PrinterTestCommand.class, SyncCommand.class, HqCommand.class);

    @Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "Settings file (default: kaikei.properties in the user's config dir, if present).")
    Path configFile;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Also show INFO log lines on stderr (they always go to the log file).")
    boolean verbose;

    @Option(names = "--kiosk", description = "Kiosk mode for this run: full screen, exit and Settings only with the"
            + " manager PIN (as kiosk.enabled=true).")
    boolean kiosk;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final AppOptions appOptions;
    private final PinSource pins;

    KaikeiCommand(AppOptions appOptions) {
        this(appOptions, PinSource.of(System.getenv()));
    }

    KaikeiCommand(AppOptions appOptions, PinSource pins) {
        this.appOptions = Objects.requireNonNull(appOptions, "appOptions");
        this.pins = Objects.requireNonNull(pins, "pins");
    }

    /** The command line with Kaikei's error handling: config problems print one clear message, not a stack trace. */
    public static CommandLine commandLine() {
        return commandLine(AppOptions.defaults());
    }

    /** The same command line with other app options (tests: fast engine timings, an injected clock). */
    public static CommandLine commandLine(AppOptions appOptions) {
        return commandLine(appOptions, CommandLine.defaultFactory(), PinSource.of(System.getenv()));
    }

    /** The command line whose commands {@code factory} makes (tests hand some of them their services). */
    static CommandLine commandLine(AppOptions appOptions, CommandLine.IFactory factory) {
        return commandLine(appOptions, factory, PinSource.of(System.getenv()));
    }

    /** As {@link #commandLine(AppOptions)}, reading the manager PIN from {@code pins} (tests script it). */
    static CommandLine commandLine(AppOptions appOptions, PinSource pins) {
        return commandLine(appOptions, CommandLine.defaultFactory(), pins);
    }

    private static CommandLine commandLine(AppOptions appOptions, CommandLine.IFactory factory, PinSource pins) {
        CommandLine cl = rootOnly(appOptions, factory, pins);
        COMMANDS.forEach(cl::addSubcommand);
        return cl;
    }

    /**
     * The command line for {@code args}: without the commands when {@code args} can only mean the cashier app (no
     * command, no help: e.g. nothing, {@code --kiosk}, {@code --config FILE}), so the window is not kept waiting for
     * picocli to read the commands it will not run; else {@link #commandLine()}, which also reports any mistake.
     */
    public static CommandLine forArguments(String... args) {
        CommandLine cashierApp = rootOnly(AppOptions.defaults(), CommandLine.defaultFactory(),
                PinSource.of(System.getenv()));
        try {
            CommandLine.ParseResult parsed = cashierApp.parseArgs(args);
            if (!parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested()) {
                return cashierApp;
            }
        } catch (CommandLine.ParameterException commandOrMistake) {
            // A command's name, or a flag the cashier app does not know: the full command line handles it.
        }
        return commandLine();
    }

    /**
     * Whether these arguments open the cashier app, told without building any command line (a tenth of a second of
     * picocli's reflection): no arguments, or only {@code --kiosk} / {@code --verbose}, as the menu entry, the kiosk
     * service and a shop's autostart start it. {@code Main} then starts the window's toolkit before anything else.
     * False means "ask {@link #opensCashierApp}", never "it does not".
     */
    public static boolean surelyOpensCashierApp(String... args) {
        return Arrays.stream(args).allMatch(a -> a.equals("--kiosk") || a.equals("--verbose"))
                && Arrays.stream(args).distinct().count() == args.length;  // picocli refuses a repeated flag
    }

    /** Whether {@code commandLine} (from {@link #forArguments}) opens the cashier app: it has no commands. */
    public static boolean opensCashierApp(CommandLine commandLine) {
        return commandLine.getSubcommands().isEmpty();
    }

    private static CommandLine rootOnly(AppOptions appOptions, CommandLine.IFactory factory, PinSource pins) {
        CommandLine cl = new CommandLine(new KaikeiCommand(appOptions, pins), factory);
        cl.setExecutionStrategy(parseResult -> {
            if (verboseRequested(parseResult)) {
                ConsoleLog.showInfo();
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ConfigException || ex instanceof StartupException) {
                return exitCodeFor((RuntimeException) ex, commandLine.getErr());
            }
            throw ex;
        });
        return cl;
    }

    /** Config problems and a journal that cannot be opened: one clear line on stderr and their exit code. */
    private static int exitCodeFor(RuntimeException configOrStartup, PrintWriter err) {
        err.println(configOrStartup.getMessage());
        if (configOrStartup instanceof StartupException s) {
            return switch (s.reason()) {
                case IN_USE -> ExitCodes.IN_USE;
                case JOURNAL -> ExitCodes.JOURNAL;
                case WINDOW -> ExitCodes.ERROR;
            };
        }
        return ExitCodes.CONFIG;
    }

    /**
     * Opens the cashier app for arguments {@link #surelyOpensCashierApp} accepted, without building picocli's command
     * line at all: on a small tablet its start-up (reflection over the options, its converters) costs a tenth of a
     * second that the window would wait for. Does what parsing them and {@link #call} would, with the same exit codes.
     */
    public static int runCashierApp(String... args) {
        if (!surelyOpensCashierApp(args)) {
            throw new IllegalArgumentException("not the cashier app's arguments: " + Arrays.toString(args));
        }
        List<String> flags = Arrays.asList(args);
        if (flags.contains("--verbose")) {
            ConsoleLog.showInfo();
        }
        KaikeiCommand root = new KaikeiCommand(AppOptions.defaults());
        root.kiosk = flags.contains("--kiosk");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, Charset.defaultCharset()), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true);
        try {
            return root.openCashierApp(out, err);
        } catch (ConfigException | StartupException e) {
            return exitCodeFor(e, err);
        }
    }

    /** Whether {@code --verbose} was given, before or after the subcommand's name. */
    private static boolean verboseRequested(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** Where money-moving commands get the manager PIN. */
    PinSource pins() {
        return pins;
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
        return openCashierApp(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The cashier app with this invocation's settings; a second start brings the running one to the front. */
    private int openCashierApp(PrintWriter out, PrintWriter err) {
        Settings loaded = loadSettings();
        Settings settings = kiosk ? loaded.withCounter(loaded.counter().withKiosk(true)) : loaded;
        try {
            return CashierApp.run(settings, appOptions, configFile != null ? configFile
                    : PlatformDirs.forCurrentUser().defaultConfigFile());
        } catch (StartupException e) {
            return SecondStart.handle(e, settings, out, err);
        }
    }
}
