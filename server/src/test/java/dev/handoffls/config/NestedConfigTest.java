package dev.handoffls.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec §8: the nearest .handoff.yaml above a file applies to it; its folders and globs are relative to it. */
class NestedConfigTest {
    private static final String GAP_L2 = """
            # Phase 3

            ## Downstream Handoff
            ### Decisions Made (Forward-binding)
            - [AD-1] One.
            - [AD-3] Three.
            """;

    @TempDir
    Path tmp;

    @Test
    void theNearestConfigurationAppliesToTheDocumentsBelowIt() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "severity: {HL102: off}\n")
                .file("team-b/.handoff.yaml", "severity: {HL206: off, HL102: off}\nignore: [\"drafts/**\"]\n")
                .file(".agent/teams/a/phase-3/coordinator/L2-summary.md", GAP_L2)
                .file("team-b/.agent/teams/b/phase-3/coordinator/L2-summary.md", GAP_L2)
                .file("team-b/drafts/notes.md", "[[missing-note]]\n")
                .file("drafts/notes.md", "[[missing-note]]\n");
        assertThat(ws.findings(".agent/teams/a/phase-3/coordinator/L2-summary.md"))
                .extracting(Finding::code)
                .containsExactly(Code.HL206);
        assertThat(ws.findings("team-b/.agent/teams/b/phase-3/coordinator/L2-summary.md"))
                .isEmpty();
        assertThat(ws.index().document("team-b/drafts/notes.md")).isEmpty();
        assertThat(ws.findings("drafts/notes.md")).extracting(Finding::code).containsExactly(Code.HL306);
    }

    @Test
    void foldersInANestedConfigurationAreRelativeToIt() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file("team-b/.handoff.yaml", "fileRoots: [\"services\"]\npipelineRoot: runs\n")
                .file("team-b/services/worker.py", "")
                .file("team-b/runs/alpha/phase-2/lead-coord/L2-summary.md", "# P2\n\nSee AD-9.\n")
                .file("team-b/handoffs/handoff-deploy-20260101.md", """
                        # Deploy
                        **ID**: handoff-deploy-20260101
                        **Status**: open
                        **Assigned to**: russell

                        - [ ] Deploy worker.py
                        - [ ] Deploy missing.py
                        """);
        assertThat(ws.findings("team-b/handoffs/handoff-deploy-20260101.md"))
                .extracting(Finding::code)
                .containsExactly(Code.HL304);
        var l2 = ws.document("team-b/runs/alpha/phase-2/lead-coord/L2-summary.md");
        assertThat(l2.location().pipelineFolder()).isEqualTo("team-b/runs/alpha");
        assertThat(l2.coordinator()).isTrue();
    }

    @Test
    void problemsInANestedConfigurationAreReportedInThatFile() {
        TestWorkspace ws = TestWorkspace.in(tmp).file("team-b/.handoff.yaml", "colour: blue\n");
        assertThat(ws.findings("team-b/.handoff.yaml"))
                .extracting(Finding::code)
                .containsExactly(Code.HL001);
    }
}
