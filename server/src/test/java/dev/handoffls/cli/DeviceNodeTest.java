package dev.handoffls.cli;

import static dev.handoffls.cli.CheckCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.cli.CheckCommandTest.Run;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Device nodes named {@code *.md} inside the workspace (issue 13, defect 4): a {@code /dev/zero}-like one
 * would be read until memory runs out. They are skipped with HL002, never opened. Needs {@code mknod}
 * (root, or CAP_MKNOD); skipped where the machine refuses it.
 */
class DeviceNodeTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void workspaceWithDevices() throws Exception {
        TestWorkspace.in(tmp).file(".handoff.yaml", "").file("ok.md", "# Notes\n");
        Path notes = Files.createDirectories(tmp.resolve("notes"));
        Assumptions.assumeTrue(mknod(notes.resolve("zero.md"), 1, 5), "mknod is not allowed here");
        Assumptions.assumeTrue(mknod(notes.resolve("null.md"), 1, 3), "mknod is not allowed here");
    }

    private static boolean mknod(Path path, int major, int minor) throws Exception {
        Process p = new ProcessBuilder("mknod", path.toString(), "c", String.valueOf(major), String.valueOf(minor))
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(path);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void checkOfTheWorkspaceSkipsEachDeviceWithAReason() {
        Run r = run(tmp, "check", "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.diagnostics())
                .extracting(
                        d -> d.get("path").getAsString() + " " + d.get("code").getAsString())
                .containsExactly("notes/null.md HL002", "notes/zero.md HL002");
        assertThat(r.diagnostics())
                .allSatisfy(d -> assertThat(d.get("message").getAsString()).contains("not a regular file"));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aDeviceAsThePathIsSkippedNotRead() {
        Run r = run(tmp, "check", "notes/zero.md");
        assertThat(r.out()).contains("notes/zero.md:1:1: warning HL002 not checked: not a regular file");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void syncPtOnADeviceIsRefused() {
        Run r = run(tmp, "sync-pt", "notes/zero.md");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("not a regular file: notes/zero.md");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theEditorsIndexingSkipsTheDevices() throws Exception {
        WorkspaceLoader loader = new WorkspaceLoader(tmp, WorkspaceLoader.discoverConfigs(tmp));
        assertThat(loader.scan().skipped()).containsOnlyKeys("notes/null.md", "notes/zero.md");
        assertThat(loader.scan().documents()).containsOnlyKeys("ok.md");
    }
}
