package dev.kaikei.bench;

import dev.kaikei.testing.VerifiedGc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * What this process holds, as the benchmarks report it: the live heap (after a verified full collection), the heap
 * the JVM keeps committed, and the resident (VmRSS) and proportional (Pss, shared pages divided among the processes
 * sharing them) memory the kernel counts for it.
 */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** One line: live heap, committed heap, VmRSS and Pss in MB. */
    static String measure() {
        long live = VerifiedGc.liveHeapBytes();
        long committed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
        return String.format(Locale.ROOT, "live heap %.1f MB (committed %.1f MB), VmRSS %.1f MB, Pss %.1f MB",
                mb(live), mb(committed), kbLine(Path.of("/proc/self/status"), "VmRSS:") / 1024.0,
                kbLine(Path.of("/proc/self/smaps_rollup"), "Pss:") / 1024.0);
    }

    /**
     * The live class histogram, as {@code jmap -histo:live} prints it. Its own full collection may be skipped like
     * any other ("GC locker is held; pre-dump GC was skipped"), and then it counts garbage too: taken again until a
     * full collection ran during it.
     */
    static String liveHistogram() {
        for (int i = 0; i < 1000; i++) {
            long before = VerifiedGc.fullCollections();
            String histogram = histogram();
            if (VerifiedGc.fullCollections() > before) {
                return histogram;
            }
        }
        throw new IllegalStateException("no full collection ran with the class histogram in 1000 tries");
    }

    private static String histogram() {
        return diagnosticCommand("gcClassHistogram");
    }

    /**
     * Where the JVM's own native memory goes (heap, classes, code, threads, GC, …), as {@code jcmd PID
     * VM.native_memory summary} prints it; with {@code -XX:NativeMemoryTracking=summary} only, else empty.
     */
    static Optional<String> nativeMemory() {
        boolean tracking = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.startsWith("-XX:NativeMemoryTracking=") && !a.endsWith("=off"));
        return tracking ? Optional.of(diagnosticCommand("vmNativeMemory", "summary")) : Optional.empty();
    }

    private static String diagnosticCommand(String command, String... args) {
        try {
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), command,
                    new Object[] {args}, new String[] {String[].class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException(command + " failed: " + e.getMessage(), e);
        }
    }

    private static long kbLine(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> Long.parseLong(l.substring(key.length()).replace("kB", "").strip()))
                    .orElse(-1L);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }
}
