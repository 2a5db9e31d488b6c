package dev.handoffls.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.handoffls.Main;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * {@link Main} in a forked JVM that says, as it exits, how much memory it used: the largest heap in
 * use (before any collection, or at exit) — what {@code -Xmx} bounds — and the peak resident set
 * (Linux only), on one marked stderr line.
 */
public final class MeasuredMain {
    static final String MARK = "measured-memory:";
    private static final AtomicLong PEAK_HEAP = new AtomicLong();

    private MeasuredMain() {}

    public static void main(String[] args) {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc)
                    .addNotificationListener(
                            (n, handback) -> {
                                if (n.getType()
                                        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                                    PEAK_HEAP.accumulateAndGet(
                                            info.getGcInfo().getMemoryUsageBeforeGc().values().stream()
                                                    .mapToLong(MemoryUsage::getUsed)
                                                    .sum(),
                                            Math::max);
                                }
                            },
                            null,
                            null);
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> System.err.println(MARK + " " + peakHeapMb() + " " + peakRssMb())));
        Main.main(args);
    }

    private static long peakHeapMb() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return Math.max(PEAK_HEAP.get(), now) >> 20;
    }

    /** VmHWM of /proc/self/status, or -1 where there is none. */
    private static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return -1;
    }
}
