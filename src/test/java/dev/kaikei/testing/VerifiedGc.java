package dev.kaikei.testing;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A full collection that is known to have run, and the heap it left. {@link System#gc()} is only a request: while a
 * thread holds a JNI critical section (JavaFX's software renderer does, on every frame) the JVM may skip it ("GC
 * locker is held"), and a heap figure read after a skipped collection is garbage, not live data. So the old
 * generation's collector count is read before, the request repeated until the count has gone up, and the heap is
 * read from that collection's own record (its usage after GC), not from whatever was allocated since.
 */
public final class VerifiedGc {

    private static final int MAX_REQUESTS = 10_000;
    private static final Set<String> FULL_COLLECTORS = Set.of("MarkSweepCompact", "PS MarkSweep",
            "G1 Old Generation");

    private VerifiedGc() {
    }

    /**
     * Runs one full collection (asking again until one has run) and returns the heap in use right after it.
     *
     * @throws IllegalStateException if the JVM skipped {@value #MAX_REQUESTS} requests in a row
     */
    public static long liveHeapBytes() {
        GarbageCollectorMXBean full = fullCollector();
        long before = full.getCollectionCount();
        for (int i = 0; i < MAX_REQUESTS; i++) {
            System.gc();
            if (full.getCollectionCount() > before) {
                return heapAfter(full.getLastGcInfo());
            }
            // Skipped: let the thread in its critical section leave it, then ask again (no sleep, nothing to wait on).
            Thread.yield();
        }
        throw new IllegalStateException("no full collection ran after " + MAX_REQUESTS + " requests");
    }

    /** How many full collections have run in this JVM. */
    public static long fullCollections() {
        return fullCollector().getCollectionCount();
    }

    /**
     * The collector of full collections: Serial's "MarkSweepCompact" (what ships), Parallel's "PS MarkSweep", G1's
     * "G1 Old Generation" (the test JVM's default). Chosen by name: G1's young collector manages the old pool too.
     */
    static GarbageCollectorMXBean fullCollector() {
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getPlatformMXBeans(GarbageCollectorMXBean.class);
        return collectors.stream().filter(c -> FULL_COLLECTORS.contains(c.getName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("none of the full collectors " + FULL_COLLECTORS
                        + " among " + collectors.stream().map(c -> c.getName()).toList()));
    }

    private static long heapAfter(GcInfo info) {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(p -> p.getName()).collect(Collectors.toSet());
        return info.getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> heapPools.contains(e.getKey()))
                .map(e -> e.getValue()).mapToLong(MemoryUsage::getUsed).sum();
    }
}
