package dev.kaikei.config;

import dev.kaikei.files.OwnerOnly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saves settings into the properties file: changed keys are rewritten where they stand (a commented-out
 * {@code #key=} example is switched on in place), comments and unknown keys are kept, new keys are appended. The file
 * is replaced atomically and readable by its owner only (600), since it may hold the API secret.
 */
public final class SettingsWriter {

    /** An active {@code key=value} / {@code key: value} / {@code key value} line. */
    private static final Pattern ACTIVE =
            Pattern.compile("^\\s*((?:\\\\.|[^=:\\s\\\\#!])(?:\\\\.|[^=:\\s\\\\])*)\\s*([=:\\s].*)?$");
    /** A commented-out example such as {@code #paypay.apiKey=}: no space after the mark, an equals sign. */
    private static final Pattern EXAMPLE = Pattern.compile("^\\s*[#!]([A-Za-z][A-Za-z0-9._-]*)\\s*=.*$");

    private SettingsWriter() {
    }

    /**
     * Writes {@code changes} into {@code file} (created with its directories if missing).
     *
     * @param changes key → new value; a null value removes the key
     */
    public static void write(Path file, Map<String, String> changes) {
        try {
            List<String> lines = Files.isRegularFile(file)
                    ? Files.readAllLines(file, StandardCharsets.UTF_8) : new ArrayList<>();
            List<String> out = merge(lines, new LinkedHashMap<>(changes));
            Path dir = file.toAbsolutePath().getParent();
            OwnerOnly.createDirectories(dir); // it holds the API secret
            Path tmp = Files.createTempFile(dir, ".kaikei-settings", ".tmp");
            try {
                OwnerOnly.restrict(tmp);
                Files.write(tmp, out, StandardCharsets.UTF_8);
                move(tmp, file);
            } finally {
                Files.deleteIfExists(tmp);
            }
            OwnerOnly.restrict(file);
        } catch (IOException e) {
            // The path only: never the content, which may hold the secret.
            throw new UncheckedIOException("cannot save the settings to " + file + ": " + e.getMessage(), e);
        }
    }

    static List<String> merge(List<String> lines, Map<String, String> pending) {
        Set<String> active = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            activeKey(lines.get(i)).ifPresent(active::add);
            i = skipContinuation(lines, i, null);
        }
        Set<String> changed = Set.copyOf(pending.keySet());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Optional<String> key = activeKey(line);
            if (key.isPresent()) {
                boolean replace = changed.contains(key.get());
                out.add(line);
                i = skipContinuation(lines, i, replace ? null : out);
                if (replace) {
                    out.remove(out.size() - 1);
                    // A repeated key is written once, at its first line (Properties would let the last one win).
                    writePending(key.get(), pending, out);
                }
                continue;
            }
            Matcher example = EXAMPLE.matcher(line);
            if (example.matches() && !active.contains(example.group(1)) && pending.get(example.group(1)) != null) {
                writePending(example.group(1), pending, out);
            } else {
                out.add(line);
            }
        }
        pending.forEach((key, value) -> {
            if (value != null) {
                out.add(entry(key, value));
            }
        });
        return out;
    }

    private static void writePending(String key, Map<String, String> pending, List<String> out) {
        if (pending.containsKey(key)) {
            String value = pending.remove(key);
            if (value != null) {
                out.add(entry(key, value));
            }
        }
    }

    private static Optional<String> activeKey(String line) {
        String t = line.stripLeading();
        if (t.isEmpty() || t.charAt(0) == '#' || t.charAt(0) == '!') {
            return Optional.empty();
        }
        Matcher m = ACTIVE.matcher(line);
        return m.matches() ? Optional.of(unescape(m.group(1))) : Optional.empty();
    }

    /** Lines ending in an odd number of backslashes continue on the next line; copies them to {@code out}, if any. */
    private static int skipContinuation(List<String> lines, int i, List<String> out) {
        while (continues(lines.get(i)) && i + 1 < lines.size()) {
            i++;
            if (out != null) {
                out.add(lines.get(i));
            }
        }
        return i;
    }

    private static boolean continues(String line) {
        int n = 0;
        for (int j = line.length() - 1; j >= 0 && line.charAt(j) == '\\'; j--) {
            n++;
        }
        return n % 2 == 1;
    }

    static String entry(String key, String value) {
        return escape(key, true) + "=" + escape(value, false);
    }

    private static String escape(String s, boolean key) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\f' -> sb.append("\\f");
                case '=', ':', '#', '!' -> sb.append(key || i == 0 ? "\\" + c : String.valueOf(c));
                case ' ' -> sb.append(key || i == 0 ? "\\ " : " ");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String unescape(String key) {
        return key.replaceAll("\\\\(.)", "$1");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
