package dev.handoffls.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's {@code samples/} workspace, for tests that write to a copy of it. */
public final class Samples {
    public static final Path ROOT =
            Path.of(System.getProperty("handoff.repoRoot", "..")).resolve("samples");

    private Samples() {}

    /** Copies every file and folder of {@code samples/} into {@code target}. */
    public static void copyTo(Path target) throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            for (Path p : s.toList()) {
                Path t = target.resolve(ROOT.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
