package dev.kaikei.config;

import java.util.List;

/** Thrown when settings are invalid; the message lists every problem, each naming its key and the allowed values. */
public final class ConfigException extends RuntimeException {

    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    public ConfigException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }

    /** The problems about {@code key} (each of {@link SettingsLoader}'s begins with its key), for a form field. */
    public List<String> problemsFor(String key) {
        String prefix = SettingsLoader.describe(key);
        return problems.stream().filter(p -> p.startsWith(prefix)).toList();
    }

    private static String format(List<String> problems) {
        if (problems.size() == 1) {
            return "Invalid configuration: " + problems.get(0);
        }
        StringBuilder sb = new StringBuilder("Invalid configuration (" + problems.size() + " problems):");
        problems.forEach(p -> sb.append(System.lineSeparator()).append("  - ").append(p));
        return sb.toString();
    }
}
