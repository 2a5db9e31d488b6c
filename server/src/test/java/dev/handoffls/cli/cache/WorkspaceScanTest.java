package dev.handoffls.cli.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.config.ConfigSet;
import dev.handoffls.config.LoadedConfig;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache's walk sees exactly the paths the index's walk sees: a path the cache missed could change
 * without invalidating a stored result.
 */
class WorkspaceScanTest {
    @TempDir
    Path tmp;

    @Test
    void seesTheSamePathsAsTheIndex() throws Exception {
        TestWorkspace.in(tmp)
                .file(".handoff.yaml", "ignore: [\"archive/**\"]\n")
                .file("docs/a.md", "# A\n")
                .file("archive/old.md", "# ignored, but it exists\n")
                .file("phase-1/L1-index.yaml", "id: x\n")
                .file("src/main.py", "")
                .file(".git/HEAD", "ref: main\n")
                .file("web/node_modules/pkg/README.md", "")
                .file(".handoff-cache/files.bin", "")
                .file("nested/.handoff-cache/kept.md", "# only the root's cache folder is left out\n")
                .dir("empty/inner");
        Files.createSymbolicLink(tmp.resolve("linked-docs"), tmp.resolve("docs"));
        Files.createSymbolicLink(tmp.resolve("docs/link.md"), tmp.resolve("docs/a.md"));

        WorkspaceScan scan = WorkspaceScan.of(tmp);
        WorkspaceLoader.Walk walk = new WorkspaceLoader(tmp, ConfigSet.single(LoadedConfig.defaults())).walk();

        assertThat(scan.files()).containsExactlyElementsOf(walk.files());
        assertThat(scan.dirs()).containsExactlyElementsOf(walk.dirs());
        assertThat(scan.files()).contains("linked-docs", "docs/link.md", "nested/.handoff-cache/kept.md");
        assertThat(scan.dirs())
                .contains(".git", "web/node_modules", "empty/inner")
                .doesNotContain(".handoff-cache");
        assertThat(scan.stamps().keySet())
                .containsExactlyInAnyOrder(
                        ".handoff.yaml",
                        "docs/a.md",
                        "docs/link.md",
                        "archive/old.md",
                        "phase-1/L1-index.yaml",
                        "nested/.handoff-cache/kept.md");
        assertThat(scan.stamps().get("docs/link.md").regularFile()).isFalse();
    }
}
