package dev.handoffls.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.handoffls.bench.WorkspaceGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's bar for memory: {@code check --format json} over a 10,000-file workspace runs in a JVM capped
 * at 256 MB of heap and writes a complete, parseable report. A forked JVM, because the cap is the point.
 */
class LargeWorkspaceMemoryTest {
    @TempDir
    Path tmp;

    @Test
    void jsonOverTenThousandFilesFitsInA256MbHeap() throws IOException, InterruptedException {
        Path ws = tmp.resolve("ws");
        WorkspaceGenerator.generate(ws, 10_000, 42);
        Path out = tmp.resolve("out.json");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.handoffls.Main",
                        "check",
                        ws.toString(),
                        "--format",
                        "json"))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        // A hang guard, not a timing: the run takes seconds.
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("check finished").isTrue();
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).doesNotContain("OutOfMemoryError");
        assertThat(p.exitValue())
                .as("exit 1: the generated workspace has findings")
                .isEqualTo(1);
        JsonObject report = JsonParser.parseString(Files.readString(out, StandardCharsets.UTF_8))
                .getAsJsonObject();
        assertThat(report.get("files").getAsInt()).isGreaterThanOrEqualTo(10_000);
        assertThat(report.getAsJsonArray("diagnostics")).isNotEmpty();
    }
}
