package dev.kaikei.cli;

import java.io.Console;
import java.util.Map;
import java.util.Optional;

/**
 * Where a command gets the manager PIN for a refund, cancel, capture or revert: {@code KAIKEI_MANAGER_PIN} for a
 * script, else typed in the terminal without echo. Never from a command line flag (it would show in the process list
 * and the shell history).
 */
@FunctionalInterface
interface PinSource {

    String ENVIRONMENT_VARIABLE = "KAIKEI_MANAGER_PIN";

    /** The PIN, or empty when there is neither the variable nor a terminal to ask in. The caller wipes it. */
    Optional<char[]> read(String prompt);

    /** The variable from {@code environment}, else the console. */
    static PinSource of(Map<String, String> environment) {
        return prompt -> {
            String fromScript = environment.get(ENVIRONMENT_VARIABLE);
            if (fromScript != null && !fromScript.isEmpty()) {
                return Optional.of(fromScript.toCharArray());
            }
            Console console = System.console();
            return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", prompt));
        };
    }
}
