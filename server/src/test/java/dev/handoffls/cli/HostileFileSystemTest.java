package dev.handoffls.cli;

import static dev.handoffls.cli.CheckCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.cli.CheckCommandTest.Run;
import dev.handoffls.index.WorkspaceLoader;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.util.Fifos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A FIFO named {@code *.md} under the root never hangs a run (issue 13, defect 4): it is skipped, with a reason. */
class HostileFileSystemTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void workspaceWithAFifo() throws Exception {
        TestWorkspace.in(tmp).file(".handoff.yaml", "").file("ok.md", "# Notes\n");
        Fifos.make(Files.createDirectories(tmp.resolve("notes")).resolve("pipe.md"));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void checkOfOneOtherFileDoesNotHang() {
        Run r = run(tmp, "check", "ok.md");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("in 1 file");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void checkOfTheWorkspaceReportsTheFifoAsSkipped() {
        Run r = run(tmp, "check", "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.get("path").getAsString()).isEqualTo("notes/pipe.md");
            assertThat(d.get("code").getAsString()).isEqualTo("HL002");
            assertThat(d.get("message").getAsString()).contains("not a regular file");
        });
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theEditorsIndexingFinishesWithTheFifoSkipped() throws Exception {
        WorkspaceLoader loader = new WorkspaceLoader(tmp, WorkspaceLoader.discoverConfigs(tmp));
        assertThat(loader.scan().skipped()).containsOnlyKeys("notes/pipe.md");
        assertThat(loader.refresh(loader.scan(), "notes/pipe.md").skipped()).containsOnlyKeys("notes/pipe.md");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFifoAsTheConfigurationFileIsAUsageError() {
        Run r = run(tmp, "check", "--config", "notes/pipe.md");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("configuration file is not a regular file: notes/pipe.md");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void syncPtOnAFifoIsRefused() {
        Run r = run(tmp, "sync-pt", "notes/pipe.md");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("not a regular file: notes/pipe.md");
    }
}
