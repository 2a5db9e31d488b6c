package dev.handoffls.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.config.ConfigSet;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the walk could not read is kept with its reason (issue 13, defect 8), and symbolic links are sorted
 * into those that stay inside the workspace (their paths exist) and those not followed (item 14).
 */
class FolderWalkTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderThatCannotBeReadIsKeptWithItsReasonAndItsDocumentsAreMissing() throws Exception {
        TestWorkspace.in(tmp).file("ok.md", "# Notes\n").file("secret/handoff.md", "# Hidden\n");
        // Root reads anything, so the permission error comes from the walk's seam.
        WorkspaceLoader loader = new WorkspaceLoader(tmp, ConfigSet.of(java.util.Map.of()), dir -> {
            if (dir.endsWith("secret")) {
                throw new AccessDeniedException(dir.toString());
            }
        });
        WorkspaceLoader.Walk walk = loader.walk();
        assertThat(walk.unreadable()).containsExactly(java.util.Map.entry("secret", "permission denied"));
        assertThat(walk.dirs()).contains("secret");
        assertThat(loader.index(walk, n -> {}).documents()).containsOnlyKeys("ok.md");
    }

    @Test
    void pathsThroughAFolderLinkInsideTheWorkspaceExist() throws Exception {
        TestWorkspace.in(tmp).file("site/docs/api.md", "# API\n").file("tools/deploy.py", "");
        Files.createSymbolicLink(tmp.resolve("docs"), tmp.resolve("site/docs"));
        Files.createSymbolicLink(tmp.resolve("site/bin"), Path.of("../tools"));
        WorkspaceLoader.Walk walk = loader().walk();
        assertThat(walk.folderLinks()).containsEntry("docs", "site/docs").containsEntry("site/bin", "tools");
        assertThat(walk.notFollowed()).isEmpty();
        WorkspaceIndex index = loader().scan();
        assertThat(index.fileExists("docs/api.md")).isTrue();
        assertThat(index.dirExists("docs")).isTrue();
        assertThat(index.fileExists("site/bin/deploy.py")).isTrue();
        assertThat(index.fileExists("docs/nothing.md")).isFalse();
        // Indexed once, where it lives: never a second document through the link.
        assertThat(index.documents()).containsOnlyKeys("site/docs/api.md");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void linksOutsideDanglingOrInALoopAreNotFollowedAndNeverHang() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Path ws = Files.createDirectories(tmp.resolve("ws"));
        TestWorkspace.in(ws).file("notes.md", "# Notes\n");
        Files.writeString(outside.resolve("secret.md"), "# Not ours\n");
        Files.createSymbolicLink(ws.resolve("out.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(ws.resolve("gone.md"), ws.resolve("nothing.md"));
        Files.createSymbolicLink(ws.resolve("loop1"), Path.of("loop2"));
        Files.createSymbolicLink(ws.resolve("loop2"), Path.of("loop1"));
        Files.createSymbolicLink(ws.resolve("up"), Path.of("."));
        WorkspaceLoader loader = new WorkspaceLoader(ws, ConfigSet.of(java.util.Map.of()));
        WorkspaceLoader.Walk walk = loader.walk();
        assertThat(walk.notFollowed()).containsOnlyKeys("out.md", "gone.md", "loop1", "loop2");
        assertThat(walk.notFollowed().get("out.md")).isEqualTo("points outside the workspace: not followed");
        assertThat(walk.notFollowed().get("gone.md")).isEqualTo("points to nothing: not followed");
        assertThat(walk.notFollowed().get("loop1")).isEqualTo("is part of a loop of links: not followed");
        // A link to the root itself: its paths exist, and asking about them ends.
        WorkspaceIndex index = loader.index(walk, n -> {});
        assertThat(index.fileExists("up/up/up/notes.md")).isTrue();
        assertThat(index.fileExists("up/up/up/up/up/up/up/up/up/up/up/missing.md"))
                .isFalse();
        assertThat(index.documents()).containsOnlyKeys("notes.md");
    }

    private WorkspaceLoader loader() {
        return new WorkspaceLoader(tmp, ConfigSet.of(java.util.Map.of()));
    }
}
