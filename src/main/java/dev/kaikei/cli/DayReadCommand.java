package dev.kaikei.cli;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.AppOptions;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A read-only command about one business day ({@code --date}, today in Asia/Tokyo by default): it opens the journal
 * as a reader, so it runs beside the cashier app.
 */
abstract class DayReadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    KaikeiCommand root;

    @Mixin
    DayOption date;

    @Override
    public final Integer call() {
        checkOptions();
        try (AppContext context = root.openContext(AppOptions.Role.READER, false)) {
            return run(context, date.day(context.options().clock()), spec.commandLine().getOut());
        }
    }

    /** Rejects bad options before the journal is opened; throw a ParameterException for a bad one. */
    void checkOptions() {
    }

    /** Prints the day's result; returns the exit code. */
    abstract int run(AppContext context, LocalDate day, PrintWriter out);
}
