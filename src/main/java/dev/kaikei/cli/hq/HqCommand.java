package dev.kaikei.cli.hq;

import picocli.CommandLine.Command;

/** {@code kaikei hq}: the back office (server, enrolment of tills, users). Runs from kaikei-hq.jar. */
@Command(name = "hq", mixinStandardHelpOptions = true,
        description = {"The back office: one PostgreSQL for every till of every store, and a web dashboard.",
            "Every hq command finds the database by --db/--db-user or the environment variables KAIKEI_HQ_DB,",
            "KAIKEI_HQ_DB_USER and KAIKEI_HQ_DB_PASSWORD (the password only from the environment)."},
        subcommands = {ServeCommand.class, TerminalCommand.class, UserCommand.class})
public final class HqCommand {
}
