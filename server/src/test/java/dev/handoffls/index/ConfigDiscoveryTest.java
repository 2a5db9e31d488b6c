package dev.handoffls.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.config.ConfigSet;
import dev.handoffls.config.LoadedConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's first walk reads configurations from the walk's files: the same set as walking for them. */
class ConfigDiscoveryTest {
    @TempDir
    Path tmp;

    @Test
    void configurationsFoundInAWalkEqualThoseFoundByWalkingForThem() throws IOException {
        write(".handoff.yaml", "maxFileSize: 2MB\n");
        write("team-a/.handoff.yaml", "prefixes: [AD, R]\n");
        write("team-a/deep/nested/.handoff.yaml", "ignore: ['drafts/**']\n");
        write("team-b/notes.md", "# Notes\n");
        write("node_modules/pkg/.handoff.yaml", "maxFileSize: 1KB\n"); // never walked
        write("team-c/handoff.yaml", "maxFileSize: 1KB\n"); // not the configuration's name
        Files.createDirectories(tmp.resolve("team-d/.handoff.yaml")); // a folder with the name

        ConfigSet walked = WorkspaceLoader.discoverConfigs(tmp);
        ConfigSet fromWalk = WorkspaceLoader.configsIn(tmp, new WorkspaceLoader(tmp, LoadedConfig.defaults()).walk());

        assertThat(fromWalk.byFolder().keySet())
                .containsExactlyInAnyOrder("", "team-a", "team-a/deep/nested")
                .isEqualTo(walked.byFolder().keySet());
        // Compared as written out: the compiled globs inside have no equals of their own.
        walked.byFolder()
                .forEach((folder, config) -> assertThat(
                                String.valueOf(fromWalk.byFolder().get(folder).config()))
                        .as(folder)
                        .isEqualTo(String.valueOf(config.config())));
    }

    private void write(String rel, String text) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
