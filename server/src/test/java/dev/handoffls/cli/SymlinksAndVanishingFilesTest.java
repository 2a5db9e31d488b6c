package dev.handoffls.cli;

import static dev.handoffls.cli.CheckCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.cli.CheckCommandTest.Run;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile file system (issue 13, tests 3) beside the FIFO of {@link HostileFileSystemTest}: link
 * loops never hang a run, links never lead a read out of the workspace, and a file that vanishes
 * between the walk and the read simply is not there.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SymlinksAndVanishingFilesTest {
    @TempDir
    Path tmp;

    @TempDir
    Path outside;

    @Test
    void linkLoopsDoNotHangACheck() throws Exception {
        TestWorkspace.in(tmp).file(".handoff.yaml", "").file("notes/ok.md", "# Notes\n");
        Files.createSymbolicLink(tmp.resolve("notes/loop"), tmp.resolve("notes"));
        Files.createSymbolicLink(tmp.resolve("notes/up"), tmp);
        Files.createSymbolicLink(tmp.resolve("notes/self.md"), tmp.resolve("notes/self.md"));
        Files.createSymbolicLink(tmp.resolve("notes/a.md"), tmp.resolve("notes/b.md"));
        Files.createSymbolicLink(tmp.resolve("notes/b.md"), tmp.resolve("notes/a.md"));
        Run r = run(tmp, "check");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(r.out()).contains("in 1 file");
    }

    @Test
    void linksOutOfTheWorkspaceAreNeverRead() throws Exception {
        Files.writeString(outside.resolve("secret.md"), "# Secret\n- [ ] Deploy nowhere/secret.py\n");
        TestWorkspace.in(tmp).file(".handoff.yaml", "").file("notes/ok.md", "# Notes\n");
        Files.createSymbolicLink(tmp.resolve("notes/secret.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(tmp.resolve("elsewhere"), outside);
        Files.createSymbolicLink(tmp.resolve("notes/passwd.md"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(tmp.resolve("notes/zero.md"), Path.of("/dev/zero"));
        Run r = run(tmp, "check", "--format", "json");
        assertThat(r.out()).doesNotContain("secret.py", "root:");
        WorkspaceIndex index = TestWorkspace.in(tmp).index();
        assertThat(index.documents()).containsOnlyKeys("notes/ok.md");
    }

    @Test
    void filesAndFoldersThatVanishBetweenTheWalkAndTheReadAreGone() throws Exception {
        TestWorkspace.in(tmp)
                .file("notes/ok.md", "# Notes\n")
                .file("notes/gone.md", "# Gone\n")
                .file("old/deep/gone.md", "# Gone\n");
        WorkspaceLoader loader = TestWorkspace.in(tmp).loader();
        WorkspaceLoader.Walk walk = loader.walk();
        for (String p : new String[] {"notes/gone.md", "old/deep/gone.md", "old/deep", "old"}) {
            Files.delete(tmp.resolve(p));
        }
        WorkspaceIndex index = loader.index(walk, n -> {});
        assertThat(index.documents()).containsOnlyKeys("notes/ok.md");
        assertThat(index.files()).doesNotContain("notes/gone.md", "old/deep/gone.md");
        assertThat(index.skipped()).isEmpty();
    }
}
