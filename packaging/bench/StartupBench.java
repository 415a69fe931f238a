import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kaikei's start-up and memory beside an empty JavaFX window, from the same jpackage runtime and jar, on the X display
 * in $DISPLAY (packaging/bench-startup.sh starts an Xvfb for it). Run by that script as a single-file program:
 * {@code java StartupBench.java --image DIR --empty-jar JAR --work DIR --runs N}.
 * <p>
 * For each run it times, from the moment the process is spawned: the first window mapped (an X MapNotify seen by
 * {@code xev} on the root window), and the first key the app actually takes (xdotool types '1' every 15 ms from the
 * moment the window is mapped; the app's start-up probe prints a line when its Charge screen — or the empty window —
 * consumes one), and the first frame drawn with the Charge screen (or the empty window's label) in it. Five seconds
 * after the window is mapped it reads the process's resident memory. Runs alternate
 * Kaikei, empty, Kaikei, empty… so a busy machine slows both alike; the load average is printed before and after.
 */
public final class StartupBench {

    private static final Pattern MAP_WINDOW = Pattern.compile("event 0x\\p{XDigit}+, window (0x\\p{XDigit}+), "
            + "override (YES|NO)");
    private static final long RSS_AFTER_MS = 5_000;
    private static final long TIMEOUT_MS = 90_000;
    /** USER_HZ: the unit of /proc/PID/stat's CPU times (100 on every Linux this runs on). */
    private static final long CLOCK_TICKS = 100;

    /** One measured start. */
    record Run(long mappedMs, long keyMs, long drawnMs, long cpuAtKeyMs, long rssKb, long pssKb) {
    }

    /** A top-level window that was mapped: when (System.nanoTime) and its X id. */
    record Mapped(long at, String window) {
    }

    /** A program to start: its command line and a name for the table. */
    record Program(String name, List<String> command) {
    }

    private final Path work;
    private final BlockingQueue<Mapped> maps = new LinkedBlockingQueue<>();
    private final Map<String, String> env = new LinkedHashMap<>();

    private StartupBench(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        Path image = Path.of(required(opts, "--image"));
        Path emptyJar = Path.of(required(opts, "--empty-jar"));
        Path work = Path.of(required(opts, "--work"));
        int runs = Integer.parseInt(opts.getOrDefault("--runs", "7"));
        new StartupBench(work).run(image, emptyJar, runs);
    }

    private static String required(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return v;
    }

    private void run(Path image, Path emptyJar, int runs) throws Exception {
        Files.createDirectories(work);
        Path home = work.resolve("home");
        deleteTree(home);
        Files.createDirectories(home);
        // A fresh user for both programs: settings, journal and logs of its own, the default (training) mode.
        env.put("HOME", home.toString());
        env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        env.put("XDG_STATE_HOME", home.resolve(".local/state").toString());
        env.put("JAVA_TOOL_OPTIONS", "-Dkaikei.startupProbe=true");
        startXev();

        Path appDir = image.resolve("lib/app");
        Cfg cfg = Cfg.read(appDir.resolve("Kaikei.cfg"), appDir);
        Program kaikei = new Program("Kaikei", List.of(image.resolve("bin/Kaikei").toString()));

        // The empty window: the same runtime, java options and jar (plus its one class), with an AppCDS archive of its
        // own start, as Kaikei has one of its own.
        Path javaBin = image.resolve("lib/runtime/bin/java");
        List<String> base = new ArrayList<>(List.of(javaBin.toString()));
        base.addAll(cfg.javaOptionsWithoutArchive());
        String classpath = cfg.classpath() + ":" + emptyJar;
        Path emptyArchive = work.resolve("empty.jsa");
        System.out.println("Kaikei's java options: " + String.join(" ", cfg.javaOptions()));
        System.out.println("AppCDS archive of Kaikei: " + (cfg.archive().map(Files::isRegularFile).orElse(false)
                ? cfg.archive().get() + " (" + Files.size(cfg.archive().get()) / 1024 / 1024 + " MB)" : "none"));

        // Warm-up: Kaikei's first start creates its journal; its window size is then given to the empty window.
        System.out.println("warm-up: Kaikei (creates the journal; its window size is used for the empty window)");
        String size = measure(kaikei, true).size;
        System.out.println("  Kaikei's window: " + size);
        String[] wh = size.split("x");
        List<String> emptyBase = new ArrayList<>(base);
        emptyBase.add("-Dbench.width=" + wh[0]);
        emptyBase.add("-Dbench.height=" + wh[1]);
        // Its archive is made the way Kaikei's is (packaging/linux/cds-train.sh): a static dump of the classes its
        // own start loads.
        Path emptyList = work.resolve("empty.classlist");
        Files.deleteIfExists(emptyArchive);
        Files.deleteIfExists(emptyList);
        List<String> record = new ArrayList<>(emptyBase);
        record.addAll(List.of("-XX:DumpLoadedClassList=" + emptyList, "-Dbench.exitWhenShown=true",
                "-cp", classpath, "EmptyWindow"));
        runToEnd(record, "recording the empty window's class list");
        List<String> dump = new ArrayList<>(emptyBase);
        dump.removeIf(o -> o.startsWith("-Xlog"));
        dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + emptyList,
                "-XX:SharedArchiveFile=" + emptyArchive, "-cp", classpath));
        runToEnd(dump, "dumping the empty window's AppCDS archive");
        if (!Files.isRegularFile(emptyArchive)) {
            throw new IllegalStateException("no AppCDS archive for the empty window");
        }
        List<String> emptyCommand = new ArrayList<>(emptyBase);
        emptyCommand.addAll(List.of("-XX:SharedArchiveFile=" + emptyArchive, "-cp", classpath, "EmptyWindow"));
        Program empty = new Program("empty window", emptyCommand);
        System.out.println("warm-up: empty window");
        measure(empty, false);

        String loadBefore = loadAverage();
        List<Run> k = new ArrayList<>();
        List<Run> e = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            Run a = measure(kaikei, false).run;
            Run b = measure(empty, false).run;
            k.add(a);
            e.add(b);
            System.out.printf(Locale.ROOT, "run %2d  Kaikei: mapped %4d, key %4d, drawn %4d ms (CPU %4d ms), RSS %3d MB"
                            + " | empty: mapped %4d, key %4d, drawn %4d ms (CPU %4d ms), RSS %3d MB | load %s%n", i,
                    a.mappedMs, a.keyMs, a.drawnMs, a.cpuAtKeyMs, a.rssKb / 1024, b.mappedMs, b.keyMs, b.drawnMs,
                    b.cpuAtKeyMs, b.rssKb / 1024, loadAverage());
        }
        String loadAfter = loadAverage();

        System.out.println();
        System.out.printf(Locale.ROOT, "%d runs each, interleaved; load average before: %s, after: %s (%d cores)%n",
                runs, loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-40s %-22s %-22s %s%n", "", "Kaikei min/median/max",
                "empty min/median/max", "Kaikei vs empty (medians)");
        row("process start -> window mapped", k, e, Run::mappedMs, "ms", false);
        row("process start -> Charge takes a key", k, e, Run::keyMs, "ms", false);
        row("process start -> Charge screen drawn", k, e, Run::drawnMs, "ms", false);
        row("CPU time used until then (all threads)", k, e, Run::cpuAtKeyMs, "ms", false);
        row("resident memory 5 s after window", k, e, r -> r.rssKb / 1024, "MB", true);
        row("proportional set size (PSS), same time", k, e, r -> r.pssKb / 1024, "MB", true);
    }

    private void runToEnd(List<String> command, String what) throws IOException, InterruptedException {
        Process p = start(command);
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(what + " failed (exit " + p.exitValue() + "; see " + work.resolve(
                    "stderr.log") + ")");
        }
    }

    private static void row(String what, List<Run> k, List<Run> e, java.util.function.ToLongFunction<Run> f,
                            String unit, boolean difference) {
        List<Long> a = k.stream().map(f::applyAsLong).sorted().toList();
        List<Long> b = e.stream().map(f::applyAsLong).sorted().toList();
        long ma = a.get(a.size() / 2);
        long mb = b.get(b.size() / 2);
        String compare = difference ? String.format(Locale.ROOT, "%+d %s (%.2fx)", ma - mb, unit, (double) ma / mb)
                : String.format(Locale.ROOT, "%.2fx (min %.2fx)", (double) ma / mb, (double) a.get(0) / b.get(0));
        System.out.printf(Locale.ROOT, "%-40s %-22s %-22s %s%n", what,
                a.get(0) + "/" + ma + "/" + a.get(a.size() - 1) + " " + unit,
                b.get(0) + "/" + mb + "/" + b.get(b.size() - 1) + " " + unit, compare);
    }

    private record Measured(Run run, String size) {
    }

    private Measured measure(Program program, boolean withSize) throws Exception {
        maps.clear();
        long t0 = System.nanoTime();
        Process p = start(program.command());
        CompletableFuture<Long> key = new CompletableFuture<>();
        CompletableFuture<Long> drawn = new CompletableFuture<>();
        Thread reader = new Thread(() -> readProbe(p, t0, key, drawn), "probe-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            Mapped mapped = maps.poll(TIMEOUT_MS, TimeUnit.MILLISECONDS);
            if (mapped == null) {
                throw new IllegalStateException(program.name() + ": no window mapped within " + TIMEOUT_MS + " ms");
            }
            long mappedAt = mapped.at();
            long mappedMs = (mappedAt - t0) / 1_000_000;
            String size = withSize ? windowSize(mapped.window()) : "";
            Process typist = new ProcessBuilder("sh", "-c", "xdotool mousemove --sync 20 20 >/dev/null 2>&1; "
                    + "xdotool mousemove $(xdotool getdisplaygeometry | awk '{print $1/2, $2/2}'); "
                    + "exec xdotool key --delay 0 --repeat 4000 --repeat-delay 15 1")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long keyMs;
            long cpuAtKeyMs;
            try {
                keyMs = key.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
                cpuAtKeyMs = cpuMs(p.pid());
            } finally {
                typist.destroy();
                typist.waitFor();
            }
            long rssAt = mappedAt + RSS_AFTER_MS * 1_000_000;
            long wait = (rssAt - System.nanoTime()) / 1_000_000;
            if (wait > 0) {
                Thread.sleep(wait); // a benchmark pause, not a test: the reading is "5 s after the window"
            }
            long rss = statusKb(p.pid(), "VmRSS");
            long pss = smapsRollupKb(p.pid(), "Pss");
            return new Measured(new Run(mappedMs, keyMs, drawn.get(TIMEOUT_MS, TimeUnit.MILLISECONDS), cpuAtKeyMs, rss,
                    pss), size);
        } finally {
            stop(p);
        }
    }

    private void readProbe(Process p, long t0, CompletableFuture<Long> key, CompletableFuture<Long> drawn) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("kaikei-startup key")) {
                    key.complete((System.nanoTime() - t0) / 1_000_000);
                }
                if (line.startsWith("kaikei-startup drawn")) {
                    drawn.complete((System.nanoTime() - t0) / 1_000_000);
                }
            }
        } catch (IOException e) {
            key.completeExceptionally(e);
        }
        key.completeExceptionally(new IllegalStateException("the program ended without taking a key"));
        drawn.completeExceptionally(new IllegalStateException("the program ended before drawing its screen"));
    }

    private Process start(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(work.resolve("stderr.log").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("XDG_") || k.startsWith("KAIKEI_"));
        pb.environment().putAll(env);
        return pb.start();
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    /** Watches the X root window for top-level windows being mapped (no window manager: they are its children). */
    private void startXev() throws IOException {
        Process xev = new ProcessBuilder("xev", "-root", "-event", "substructure").redirectErrorStream(true).start();
        Runtime.getRuntime().addShutdownHook(new Thread(xev::destroy));
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(xev.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                boolean inMap = false;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("MapNotify event")) {
                        inMap = true;
                    } else if (inMap) {
                        inMap = false;
                        Matcher m = MAP_WINDOW.matcher(line);
                        if (m.find() && m.group(2).equals("NO")) {
                            maps.add(new Mapped(System.nanoTime(), m.group(1)));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "xev-reader");
        t.setDaemon(true);
        t.start();
    }

    /** The size of an X window, e.g. {@code 1180x760}. */
    private static String windowSize(String window) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("xwininfo", "-id", window).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher w = Pattern.compile("Width: (\\d+)").matcher(out);
        Matcher h = Pattern.compile("Height: (\\d+)").matcher(out);
        if (!w.find() || !h.find()) {
            throw new IllegalStateException("no size for window " + window + ": " + out);
        }
        return w.group(1) + "x" + h.group(1);
    }

    /** CPU time (user + system, all threads) the process has used: the work done, whatever the machine's load. */
    private static long cpuMs(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15 of stat)
        return ticks * 1000 / CLOCK_TICKS;
    }

    private static long statusKb(long pid, String field) throws IOException {
        return kbField(Path.of("/proc", Long.toString(pid), "status"), field);
    }

    private static long smapsRollupKb(long pid, String field) throws IOException {
        Path rollup = Path.of("/proc", Long.toString(pid), "smaps_rollup");
        return Files.isReadable(rollup) ? kbField(rollup, field) : -1;
    }

    private static long kbField(Path file, String field) throws IOException {
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
            }
        }
        throw new IllegalStateException(field + " not in " + file);
    }

    private static String loadAverage() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The launcher's configuration (lib/app/Kaikei.cfg) with $APPDIR filled in. */
    record Cfg(String classpath, List<String> javaOptions, Optional<Path> archive) {

        static Cfg read(Path file, Path appDir) throws IOException {
            String cp = null;
            List<String> options = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String value = line.substring(line.indexOf('=') + 1).replace("$APPDIR", appDir.toString());
                if (line.startsWith("app.classpath=")) {
                    cp = value;
                } else if (line.startsWith("java-options=")) {
                    options.add(value);
                }
            }
            Optional<Path> archive = options.stream().filter(o -> o.startsWith("-XX:SharedArchiveFile="))
                    .map(o -> Path.of(o.substring(o.indexOf('=') + 1))).findFirst();
            return new Cfg(cp, options, archive);
        }

        List<String> javaOptionsWithoutArchive() {
            return javaOptions.stream().filter(o -> !o.startsWith("-XX:SharedArchiveFile=")).toList();
        }
    }
}
