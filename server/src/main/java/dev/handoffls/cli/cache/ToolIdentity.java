package dev.handoffls.cli.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Which build of handoff-ls is running: a rebuilt jar has another size or time even when its version
 * is the same snapshot, and findings of one build must not be replayed by another.
 */
final class ToolIdentity {
    private static volatile String identity;

    private ToolIdentity() {}

    static String get() {
        String id = identity;
        if (id == null) {
            id = compute();
            identity = id;
        }
        return id;
    }

    private static String compute() {
        // The runtime too: a finding must not depend on it, but a cache is no place to find out it did.
        String version = ToolIdentity.class.getPackage().getImplementationVersion() + " on Java " + Runtime.version();
        try {
            Path code = Path.of(ToolIdentity.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
            if (!a.isDirectory()) {
                return version + " " + code + " " + a.size() + " "
                        + a.lastModifiedTime().toMillis();
            }
            // Classes in a folder (tests, an IDE): the newest class file stands for the build.
            try (Stream<Path> files = Files.walk(code)) {
                long newest = files.filter(p -> p.toString().endsWith(".class"))
                        .mapToLong(ToolIdentity::modified)
                        .max()
                        .orElse(0);
                return version + " " + code + " " + newest;
            }
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            // Unknown: an identity no later run shares, so nothing is ever replayed.
            return "unknown " + System.nanoTime() + " " + Math.random();
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
