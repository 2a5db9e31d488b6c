package dev.handoffls.cli;

import static dev.handoffls.cli.CheckCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.cli.CheckCommandTest.Run;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links (issue 13, item 14): a task naming a file through a linked folder inside the workspace
 * finds it (no false HL304); a link that leaves the workspace is not followed and says so on stderr; a
 * loop of links does not hang.
 */
class SymlinkCheckTest {
    private static final String TICKET = """
            # Ship the tool

            **ID**: handoff-tool-ann-20260301
            **Assigned to**: ann
            **Status**: open
            **Created**: 2026-03-01

            ## Tasks

            - [ ] Deploy linked/sub/tool.py
            - [ ] Deploy linked/sub/missing.py
            """;

    @TempDir
    Path tmp;

    private Path ws;

    @BeforeEach
    void workspaceWithLinks() throws Exception {
        ws = Files.createDirectories(tmp.resolve("ws"));
        TestWorkspace.in(ws)
                .file(".handoff.yaml", "")
                .file("real/sub/tool.py", "")
                .file("real/README.md", "# Tool\n")
                .file("notes/handoff-tool-20260301.md", TICKET);
        Files.writeString(Files.createDirectories(tmp.resolve("elsewhere")).resolve("private.md"), "# Private\n");
        Files.createSymbolicLink(ws.resolve("linked"), Path.of("real"));
        Files.createSymbolicLink(ws.resolve("notes/private.md"), tmp.resolve("elsewhere/private.md"));
        Files.createSymbolicLink(ws.resolve("notes/a"), Path.of("b"));
        Files.createSymbolicLink(ws.resolve("notes/b"), Path.of("a"));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aFileUnderALinkedFolderExistsAndLinksNotFollowedAreNoted() {
        Run r = run(ws, "check", "--format", "json");
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.get("code").getAsString()).isEqualTo("HL304");
            assertThat(d.get("message").getAsString()).contains("linked/sub/missing.py");
        });
        assertThat(r.err().lines())
                .containsExactly(
                        "handoff-ls: note: notes/a is a symbolic link that is part of a loop of links: not followed",
                        "handoff-ls: note: notes/b is a symbolic link that is part of a loop of links: not followed",
                        "handoff-ls: note: notes/private.md is a symbolic link that points outside the workspace:"
                                + " not followed");
    }

    @Test
    void linksOutsideTheReportedPathsAreNotNoted() {
        Run r = run(ws, "check", "real");
        assertThat(r.err()).isEmpty();
    }
}
