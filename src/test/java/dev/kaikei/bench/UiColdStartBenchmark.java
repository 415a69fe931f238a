package dev.kaikei.bench;

import dev.kaikei.app.ShippedCounter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;

/**
 * Cold start to an interactive Charge screen: spawns a fresh JVM that opens the app as it ships in training mode
 * ({@link ShippedCounter}: the composition root with its embedded simulator, SQLite journal and engine, and the main
 * window) under headless Monocle, and prints {@code READY} from the FX thread
 * once the Charge button is in a showing window and the FX thread has run one more event (so the screen takes
 * input). The parent times spawn → READY (wall clock, includes JVM start); the child also reports its own uptime.
 * Run: {@code java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * dev.kaikei.bench.UiColdStartBenchmark [runs]} (classpath as in {@link JournalBenchmark}).
 */
public final class UiColdStartBenchmark {

    private UiColdStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child();
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<Long> wall = new ArrayList<>();
        List<Long> inJvm = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dglass.platform=Monocle",
                    "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                    "-Dsun.net.httpserver.nodelay=true", "-Dlogback.configurationFile=logback-test.xml",
                    UiColdStartBenchmark.class.getName(), "child");
            pb.redirectErrorStream(true);
            long start = System.nanoTime();
            Process p = pb.start();
            long readyAt = -1;
            long childUptime = -1;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("READY ")) {
                        readyAt = System.nanoTime();
                        childUptime = Long.parseLong(line.substring(6).strip());
                    }
                }
            }
            p.waitFor();
            if (readyAt < 0) {
                throw new IllegalStateException("child never became ready (exit " + p.exitValue() + ")");
            }
            long ms = Duration.ofNanos(readyAt - start).toMillis();
            wall.add(ms);
            inJvm.add(childUptime);
            System.out.printf(Locale.ROOT, "run %d: spawn→READY %d ms (child JVM uptime at READY %d ms)%n", i + 1, ms,
                    childUptime);
        }
        System.out.printf(Locale.ROOT, "cold start to interactive Charge screen over %d runs: median %d ms, min %d, "
                + "max %d (JVM uptime at READY: median %d ms)%n", runs, median(wall), Collections.min(wall),
                Collections.max(wall), median(inJvm));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void child() throws IOException {
        ShippedCounter app = ShippedCounter.openInTempDirectory(Duration.ofSeconds(4));
        ShippedCounter.onFx(() -> {
            Node charge = app.window().scene().lookup("#charge-button");
            if (charge == null || !app.window().stage().isShowing()) {
                throw new IllegalStateException("the Charge screen is not showing");
            }
            return null;
        });
        // One more trip through the FX queue: the screen has laid out and processes input.
        ShippedCounter.onFx(() -> null);
        System.out.println("READY " + ManagementFactory.getRuntimeMXBean().getUptime());
        System.out.flush();
        app.close();
        System.exit(0);
    }
}
