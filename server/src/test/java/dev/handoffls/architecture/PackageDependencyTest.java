package dev.handoffls.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers of ARCHITECTURE.md ("Layers"), enforced: a package may use only packages of a lower
 * layer (and itself). Every mention of {@code dev.handoffls.<package>} counts — imports and fully
 * qualified names alike — so a cycle cannot hide behind a convenience import.
 */
class PackageDependencyTest {
    private static final Path MAIN =
            Path.of(System.getProperty("handoff.repoRoot", "..")).resolve("server/src/main/java/dev/handoffls");
    /** Bottom to top; the root package ({@code Main}) is above everything. */
    static final Map<String, Integer> LAYER = Map.ofEntries(
            Map.entry("text", 0),
            Map.entry("util", 0),
            Map.entry("codes", 0),
            Map.entry("model", 1),
            Map.entry("yaml", 2),
            Map.entry("config", 3),
            Map.entry("parse", 4),
            Map.entry("index", 5),
            Map.entry("rules", 6),
            Map.entry("baseline", 7),
            Map.entry("features", 8),
            Map.entry("cli", 9),
            Map.entry("lsp", 9));

    private static final Pattern MENTION = Pattern.compile("\\bdev\\.handoffls\\.([a-z]+)\\b");

    @Test
    void everyPackageUsesOnlyLowerLayers() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String rel = MAIN.relativize(f).toString().replace('\\', '/');
                if (!rel.contains("/")) {
                    continue; // Main, at the top, may use everything
                }
                String from = rel.substring(0, rel.indexOf('/'));
                assertThat(LAYER)
                        .as("layer of package " + from + " (add it to ARCHITECTURE.md and here)")
                        .containsKey(from);
                Matcher m = MENTION.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    String to = m.group(1);
                    if (!to.equals(from) && LAYER.containsKey(to) && LAYER.get(to) >= LAYER.get(from)) {
                        violations.add(
                                rel + " uses " + to + " (layer " + LAYER.get(to) + " ≥ " + LAYER.get(from) + ")");
                    }
                }
            }
        }
        assertThat(violations).as("upward or sideways package dependencies").isEmpty();
    }

    @Test
    void theLayersAreThoseArchitectureMdShows() throws IOException {
        String doc = Files.readString(
                MAIN.resolve("../../../../../../ARCHITECTURE.md").normalize(), StandardCharsets.UTF_8);
        assertThat(doc)
                .contains(
                        "text, util, codes → model → yaml → config → parse → index → rules → baseline → features → cli, lsp → Main");
    }
}
