package dev.kaikei.cli;

import dev.kaikei.app.JournalRestore;
import dev.kaikei.config.Settings;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kaikei restore}: puts a journal backup in place of the journal (the cashier app must be closed). */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replaces the journal with a backup (e.g. backups/journal-2026-03-01.sqlite).",
            "Close the cashier app first. The backup must pass SQLite's integrity check; the current journal is",
            "kept as journal.sqlite.before-restore-<time>. Refused while the journal holds payments or operations",
            "still open, or payments made or changed after the backup: nothing is ever orphaned."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.L_OK, ExitCodes.L_ERROR,
            "3:Refused: the backup is not a sound journal, the journal exists and --force is missing, or the journal "
                + "holds open rows or rows newer than the backup.",
            "73:The files cannot be moved or copied.",
            ExitCodes.L_IN_USE, ExitCodes.L_CONFIG})
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    KaikeiCommand root;

    @Option(names = "--from", required = true, paramLabel = "BACKUP.sqlite", description = "The backup to restore.")
    Path from;

    @Option(names = "--force", description = "Replace the existing journal (it is kept, renamed).")
    boolean force;

    @Override
    public Integer call() {
        Settings settings = root.loadSettings();
        try {
            JournalRestore.Result result = JournalRestore.restore(from, settings.journalPath(), force,
                    Clock.systemUTC());
            spec.commandLine().getOut().println("Restored " + settings.journalPath() + " from " + from
                    + result.previousJournal().map(p -> "; the previous journal is kept as " + p).orElse(""));
            return ExitCodes.OK;
        } catch (JournalRestore.RefusedException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.REFUSED;
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.CANT_CREATE;
        }
    }
}
