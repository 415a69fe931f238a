package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import dev.kaikei.app.StartupException;
import dev.kaikei.config.Settings;
import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.OutboxStatus;
import dev.kaikei.sync.SyncPusher;
import dev.kaikei.sync.SyncStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kaikei sync}: pushes this till's waiting journal changes to HQ now and reports what still waits. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Pushes this till's journal changes to HQ (hq.url, hq.token) now and prints what waits, e.g.",
            "  HQ: last synced 10:42, 0 waiting",
            "While the cashier app runs it pushes by itself; then this only reports."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Nothing waits: HQ holds every change.",
            ExitCodes.L_ERROR, ExitCodes.L_USAGE,
            "6:Changes still wait (HQ unreachable, or it refused this till's token: see the message).",
            ExitCodes.L_JOURNAL, "78:HQ sync is not configured (hq.url, hq.token) or the settings are invalid."})
final class SyncCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Spec
    CommandSpec spec;

    @ParentCommand
    KaikeiCommand root;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Push for at most this long (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
            err.println("--timeout must be 1-3600 seconds");
            return ExitCodes.USAGE;
        }
        Settings settings = root.loadSettings();
        if (settings.hq().isEmpty()) {
            err.println("HQ sync is not configured: set hq.url and hq.token (printed by kaikei hq terminal add).");
            return ExitCodes.CONFIG;
        }
        try (AppContext context = root.openContext(AppOptions.Role.OWNER, false)) {
            SyncPusher pusher = context.sync().orElseThrow();
            SyncStatus status = pusher.pushNow(Duration.ofSeconds(timeoutSeconds));
            out.println(line(status.lastSyncedAt(), status.waiting(), context.options().clock().instant()));
            status.problem().ifPresent(p -> err.println(p));
            return status.waiting() == 0 && status.problem().isEmpty() ? ExitCodes.OK : ExitCodes.UNRESOLVED;
        } catch (StartupException e) {
            if (e.reason() != StartupException.Reason.IN_USE) {
                throw e;
            }
            // The cashier app holds the journal and pushes by itself: report from a read-only look.
            try (AppContext reader = root.openContext(AppOptions.Role.READER, false)) {
                OutboxStatus local = reader.hqOutbox();
                out.println(line(local.lastSyncedAt(), local.waiting(), Instant.now()));
                err.println("The cashier app is running and pushes to HQ by itself.");
                return local.waiting() == 0 ? ExitCodes.OK : ExitCodes.UNRESOLVED;
            }
        }
    }

    /** "HQ: last synced 10:42, 0 waiting" (the date too when it was not today). */
    static String line(Optional<Instant> lastSyncedAt, long waiting, Instant now) {
        String when = lastSyncedAt.map(at -> {
            var local = at.atZone(BusinessDay.ZONE);
            LocalDate today = LocalDate.ofInstant(now, BusinessDay.ZONE);
            return (local.toLocalDate().equals(today) ? TIME : DATE_TIME).format(local);
        }).orElse("never");
        return "HQ: last synced " + when + ", " + waiting + " waiting";
    }
}
