package dev.handoffls.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/**
 * The file system's clock, for cache tests: a file changed in the clock tick a run starts in is
 * (rightly) not trusted by the cache, so a test that wants a hit first lets the clock tick past.
 */
public final class FileClock {
    private FileClock() {}

    /** Waits until a new file under {@code dir} gets a later time than every file there has now. */
    public static void passTick(Path dir) throws IOException, InterruptedException {
        long newest = Long.MIN_VALUE;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                newest = Math.max(newest, Math.max(nanos(p, "lastModifiedTime"), nanos(p, "unix:ctime")));
            }
        }
        while (now(dir) <= newest) {
            Thread.sleep(2);
        }
    }

    private static long now(Path dir) throws IOException {
        Path probe = Files.createTempFile(dir, ".clock-", ".tmp");
        try {
            return Files.getLastModifiedTime(probe).to(java.util.concurrent.TimeUnit.NANOSECONDS);
        } finally {
            Files.delete(probe);
        }
    }

    private static long nanos(Path p, String attribute) throws IOException {
        try {
            return ((FileTime) Files.getAttribute(p, attribute, LinkOption.NOFOLLOW_LINKS))
                    .to(java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return Long.MIN_VALUE; // no change time on this system
        }
    }
}
