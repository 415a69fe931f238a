package dev.kaikei.cli.hq;

import dev.kaikei.hq.terminals.Terminal;
import dev.kaikei.hq.terminals.Terminals;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kaikei hq terminal add|revoke|list}: enrolment of tills. */
@Command(name = "terminal", mixinStandardHelpOptions = true, description = "Enrols, revokes and lists tills.",
        subcommands = {TerminalCommand.Add.class, TerminalCommand.Revoke.class, TerminalCommand.ListAll.class})
final class TerminalCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Enrols a till and prints its one-time token (HQ keeps only a hash; it is never shown"
                    + " again).", "Put hq.url and hq.token in the till's kaikei.properties.",
                "A revoked till gets a new token (its history stays)."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {HqRun.L_CODES_1, HqRun.L_CODES_2, HqRun.L_CODES_3, HqRun.L_CODES_4})
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions db;
        @Option(names = "--store", required = true, paramLabel = "S", description = "Store id.")
        String store;
        @Option(names = "--terminal", required = true, paramLabel = "T", description = "Terminal id (unique with"
                + " the store across the business).")
        String terminal;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            return HqRun.withDatabase(db, spec.commandLine().getErr(), database -> {
                String token = new Terminals(database.dataSource()).add(store, terminal);
                out.println("Terminal " + terminal + " of store " + store + " enrolled. Its token is shown only"
                        + " now; put these lines in the till's kaikei.properties:");
                out.println("hq.url=https://YOUR-HQ-HOST");
                out.println("hq.token=" + token);
                return HqRun.OK;
            });
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revokes a till's token: its pushes are refused from now on; what it pushed stays.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {HqRun.L_CODES_1, HqRun.L_CODES_2, HqRun.L_CODES_3, HqRun.L_CODES_4})
    static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions db;
        @Option(names = "--store", required = true, paramLabel = "S", description = "Store id.")
        String store;
        @Option(names = "--terminal", required = true, paramLabel = "T", description = "Terminal id.")
        String terminal;

        @Override
        public Integer call() throws Exception {
            return HqRun.withDatabase(db, spec.commandLine().getErr(), database -> {
                new Terminals(database.dataSource()).revoke(store, terminal);
                spec.commandLine().getOut().println("Terminal " + terminal + " of store " + store + " revoked.");
                return HqRun.OK;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists enrolled tills and their last"
            + " sync.", exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {HqRun.L_CODES_1, HqRun.L_CODES_2, HqRun.L_CODES_4})
    static final class ListAll implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DbOptions db;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            return HqRun.withDatabase(db, spec.commandLine().getErr(), database -> {
                for (Terminal t : new Terminals(database.dataSource()).list(null)) {
                    out.printf("%-16s %-16s %-24s %s%n", t.storeId(), t.terminalId(),
                            t.lastSyncAt().map(Object::toString).orElse("never synced"), t.revoked() ? "REVOKED" : "");
                }
                return HqRun.OK;
            });
        }
    }
}
