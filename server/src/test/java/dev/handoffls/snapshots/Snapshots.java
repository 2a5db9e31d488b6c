package dev.handoffls.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.rules.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Pinned findings: a text file per workspace, one finding a line, so any change in behaviour shows
 * up in review. Run with {@code -Dhandoff.updateSnapshots=true} to rewrite them after a deliberate change.
 */
final class Snapshots {
    private Snapshots() {}

    static Path repoRoot() {
        return Path.of(System.getProperty("handoff.repoRoot", ".."))
                .toAbsolutePath()
                .normalize();
    }

    static String render(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.path() + ":" + (f.range().start().line() + 1) + ":"
                        + (f.range().start().character() + 1) + "-"
                        + (f.range().end().line() + 1) + ":" + (f.range().end().character() + 1) + " "
                        + f.severity().label() + " " + f.code() + " " + f.message())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = repoRoot().resolve("server/src/test/resources/snapshots").resolve(name);
        if (Boolean.getBoolean("handoff.updateSnapshots")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file)
                .as("snapshot %s is missing: run with -Dhandoff.updateSnapshots=true and review it", file)
                .exists();
        assertThat(actual)
                .as(
                        "findings differ from the snapshot %s (rerun with -Dhandoff.updateSnapshots=true after "
                                + "reviewing the change)",
                        file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
