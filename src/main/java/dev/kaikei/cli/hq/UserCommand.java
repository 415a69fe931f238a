package dev.kaikei.cli.hq;

import dev.kaikei.hq.people.Role;
import dev.kaikei.hq.people.Users;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kaikei hq user add}: people who log in to the back office. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Adds back-office users.",
        subcommands = {UserCommand.Add.class})
final class UserCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds a user (or sets a new password, role and store for an existing name).",
                "The password is asked twice on the terminal, or read as one line from standard input with"
                        + " --password-stdin; never from a flag. At least 10 characters."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {HqRun.L_CODES_1, HqRun.L_CODES_2, HqRun.L_CODES_3, HqRun.L_CODES_4})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions db;
        @Option(names = "--name", required = true, paramLabel = "N", description = "Login name.")
        String name;
        @Option(names = "--role", required = true, paramLabel = "owner|manager",
                description = "owner: every store; manager: one store (--store).")
        String role;
        @Option(names = "--store", paramLabel = "S", description = "The store a manager sees.")
        String store;
        @Option(names = "--password-stdin", description = "Read the password from standard input (scripts).")
        boolean passwordStdin;

        @Override
        public Integer call() throws Exception {
            Role parsed;
            try {
                parsed = Role.valueOf(role.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("--role must be owner or manager, was '" + role + "'");
                return HqRun.USAGE;
            }
            char[] password = readPassword();
            if (password == null) {
                return HqRun.USAGE;
            }
            try {
                return HqRun.withDatabase(db, spec.commandLine().getErr(), database -> {
                    new Users(database.dataSource(), Clock.systemUTC()).add(name, parsed, Optional.ofNullable(store),
                            password);
                    spec.commandLine().getOut().println("User " + name + " (" + parsed.name().toLowerCase(Locale.ROOT)
                            + (store == null ? "" : ", store " + store) + ") saved.");
                    return HqRun.OK;
                });
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private char[] readPassword() throws IOException {
            if (passwordStdin) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    spec.commandLine().getErr().println("No password on standard input");
                    return null;
                }
                return line.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                spec.commandLine().getErr().println("No terminal to ask the password on: use --password-stdin");
                return null;
            }
            char[] first = console.readPassword("Password for %s: ", name);
            char[] second = console.readPassword("Again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                spec.commandLine().getErr().println("The passwords differ");
                return null;
            }
            Arrays.fill(second, '\0');
            return first;
        }
    }
}
