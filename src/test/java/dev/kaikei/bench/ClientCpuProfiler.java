package dev.kaikei.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * What a client itself spends per call, next to JMH's throughput in the same run. On a small VM a loopback round trip
 * is mostly the cost of waking the other side's thread (the same for every client), so throughput alone hides a
 * client's own cost. Per iteration, divided by the calls made:
 * <ul>
 *   <li>{@code cpu.client}: process CPU minus the canned server's threads — the calling thread plus any helper threads
 *       a client wakes per call (pool cleaners, timeout watchdogs) and its garbage collection;</li>
 *   <li>{@code cpu.thread}: the benchmark thread alone (sign, serialize, HTTP framing, parse, socket syscalls).</li>
 * </ul>
 * It runs in the benchmark's own JVM (JMH loads internal profilers there), where {@link CannedHttpServer} lives.
 */
public final class ClientCpuProfiler implements InternalProfiler {

    static final String CLIENT = "cpu.client";
    static final String THREAD = "cpu.thread";

    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long process0;
    private long server0;
    private long workers0;

    @Override
    public String getDescription() {
        return "client CPU per call (process minus the canned server; and the benchmark thread alone)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        server0 = CannedHttpServer.cpuNanos();
        workers0 = workerCpu();
        process0 = os.getProcessCpuTime();
    }

    @Override
    public List<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
                                                 IterationResult result) {
        long process = os.getProcessCpuTime() - process0;
        long workers = workerCpu() - workers0;
        long server = CannedHttpServer.cpuNanos() - server0;
        long calls = Math.max(1, result.getMetadata().getAllOps());
        return List.of(
                new ScalarResult(CLIENT, (process - server) / 1000.0 / calls, "us/op", AggregationPolicy.AVG),
                new ScalarResult(THREAD, workers / 1000.0 / calls, "us/op", AggregationPolicy.AVG));
    }

    /** CPU of JMH's benchmark threads (named "…-jmh-worker-N"); they live for the whole trial. */
    private long workerCpu() {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().contains("jmh-worker")) {
                sum += Math.max(0, threads.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }
}
