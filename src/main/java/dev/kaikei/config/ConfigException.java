package dev.kaikei.config;

import java.util.List;

/** Thrown when settings are invalid; lists every problem, each naming its key and the allowed values. */
public final class ConfigException extends RuntimeException {

    private final List<Problem> problems;

    public ConfigException(List<Problem> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    /** A problem with the settings as a whole (the file is missing or unreadable). */
    public ConfigException(String problem) {
        this(List.of(Problem.general(problem)));
    }

    /** Every problem as a sentence for the command line. */
    public List<String> problems() {
        return problems.stream().map(Problem::text).toList();
    }

    /** The problems with {@code key}'s value, for the form field of that key. */
    public List<Problem> about(String key) {
        return problems.stream().filter(p -> p.key().filter(key::equals).isPresent()).toList();
    }

    private static String format(List<Problem> problems) {
        if (problems.size() == 1) {
            return "Invalid configuration: " + problems.get(0).text();
        }
        StringBuilder sb = new StringBuilder("Invalid configuration (" + problems.size() + " problems):");
        problems.forEach(p -> sb.append(System.lineSeparator()).append("  - ").append(p.text()));
        return sb.toString();
    }
}
