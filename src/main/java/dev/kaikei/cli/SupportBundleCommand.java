package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kaikei support-bundle}: a zip of logs, recent PayPay calls, settings (no secrets) and versions. */
@Command(name = "support-bundle", mixinStandardHelpOptions = true,
        description = {"Writes a zip for support: the log files, the journal's recent PayPay calls (ids and outcomes),",
            "a settings summary without the API secret or PIN hash, and version information.",
            "Read-only: runs beside the cashier app."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.L_OK, ExitCodes.L_ERROR,
            "73:The output file exists (use --force) or cannot be written.",
            ExitCodes.L_JOURNAL, ExitCodes.L_CONFIG})
final class SupportBundleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    KaikeiCommand root;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "The zip file to write.")
    Path out;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Override
    public Integer call() {
        Optional<String> refusal = OutputFile.refusal(out, force, "kaikei-support.zip");
        if (refusal.isPresent()) {
            return cannotWrite(refusal.get());
        }
        try (AppContext context = root.openContext(AppOptions.Role.READER, false)) {
            List<String> entries;
            try {
                entries = context.writeSupportBundle(out);
            } catch (UncheckedIOException e) {
                return cannotWrite(e.getMessage());
            }
            spec.commandLine().getOut().println("Wrote " + out + " (" + entries.size() + " entries: "
                    + String.join(", ", entries) + ")");
            return ExitCodes.OK;
        }
    }

    private int cannotWrite(String message) {
        spec.commandLine().getErr().println(message);
        return ExitCodes.CANT_CREATE;
    }
}
