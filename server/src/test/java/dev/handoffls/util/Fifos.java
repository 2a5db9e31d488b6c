package dev.handoffls.util;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Makes a named pipe with {@code mkfifo}; the calling test is skipped where there is none. */
public final class Fifos {
    private Fifos() {}

    public static Path make(Path path) throws InterruptedException {
        boolean made;
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString())
                    .redirectErrorStream(true)
                    .start();
            made = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available");
        return path;
    }
}
