package dev.handoffls.rules.pt;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiplePtsTest {
    private static final String TEAM = ".agent/teams/alpha/";
    private static final String PT_BODY = """
            # PERMANENT Task
            ## Architecture Decisions
            - None
            ## Risk Registry
            - None
            ## Active Contracts
            - None
            ## Constraints
            - None
            ## Open Questions
            - None
            ## Codebase Impact Map
            - Phase 3: none yet
            """;

    @TempDir
    Path tmp;

    @Test
    void everyPtOfAPipelineWithTwoIsFlaggedOnItsFirstHeading() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(TEAM + "permanent-task.md", PT_BODY)
                .file(TEAM + "PT.md", "<!-- exported -->\n" + PT_BODY);
        ws.assertFindings(TEAM + "permanent-task.md", Code.HL505, d(0, 0, 0, 16, Code.HL505));
        ws.assertFindings(TEAM + "PT.md", Code.HL505, d(1, 0, 1, 16, Code.HL505));

        var f = ws.findings(TEAM + "permanent-task.md", Code.HL505).get(0);
        assertThat(f.message()).contains(TEAM + "permanent-task.md").contains(TEAM + "PT.md");
        assertThat(f.related()).extracting(RelatedLocation::path).containsExactly(TEAM + "PT.md");
    }

    @Test
    void ptsInDifferentFoldersOfOnePipelineAreStillTwo() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(TEAM + "permanent-task.md", PT_BODY)
                .file(TEAM + "phase-4/PT-v1.md", PT_BODY);
        ws.assertFindings(TEAM + "permanent-task.md", Code.HL505, d(0, 0, 0, 16, Code.HL505));
        ws.assertFindings(TEAM + "phase-4/PT-v1.md", Code.HL505, d(0, 0, 0, 16, Code.HL505));
    }

    @Test
    void versionsInOneFolderAreOnePtAndTheOldVersionIsNotChecked() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                // The old version would have plenty of findings if it were checked (HL108, HL301).
                .file(TEAM + "PT-v1.md", """
                        # PERMANENT Task
                        Keep AD-9 in mind.
                        """)
                .file(TEAM + "PT-v2.md", PT_BODY);
        ws.assertFindings(TEAM + "PT-v1.md", Code.HL505);
        ws.assertFindings(TEAM + "PT-v2.md", Code.HL505);
        ws.assertAllFindings(TEAM + "PT-v1.md");
        assertThat(ws.index().scopeOf(ws.document(TEAM + "PT-v2.md")).pt())
                .hasValueSatisfying(pt -> assertThat(pt.path()).isEqualTo(TEAM + "PT-v2.md"));
    }

    @Test
    void aVersionedPtBesideAnUnversionedOneIsASecondPt() {
        TestWorkspace ws =
                TestWorkspace.in(tmp).file(TEAM + "permanent-task.md", PT_BODY).file(TEAM + "PT-v2.md", PT_BODY);
        ws.assertFindings(TEAM + "permanent-task.md", Code.HL505, d(0, 0, 0, 16, Code.HL505));
        ws.assertFindings(TEAM + "PT-v2.md", Code.HL505, d(0, 0, 0, 16, Code.HL505));
    }

    @Test
    void theHighestVersionWinsByNumberNotByName() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(TEAM + "PT-v9.md", "# PERMANENT Task\nKeep AD-9 in mind.\n")
                .file(TEAM + "PT-v10.md", PT_BODY);
        ws.assertFindings(TEAM + "PT-v10.md", Code.HL505);
        ws.assertAllFindings(TEAM + "PT-v9.md");
    }

    @Test
    void ptsOfTwoPipelinesAreFine() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(TEAM + "permanent-task.md", PT_BODY)
                .file(".agent/teams/beta/PT.md", PT_BODY);
        ws.assertFindings(TEAM + "permanent-task.md", Code.HL505);
        ws.assertFindings(".agent/teams/beta/PT.md", Code.HL505);
    }

    @Test
    void twoPtsOutsideAnyPipelineShareTheWorkspaceScope() {
        TestWorkspace ws =
                TestWorkspace.in(tmp).file("docs/permanent-task.md", PT_BODY).file("notes/PT.md", PT_BODY);
        ws.assertFindings("docs/permanent-task.md", Code.HL505, d(0, 0, 0, 16, Code.HL505));
        ws.assertFindings("notes/PT.md", Code.HL505, d(0, 0, 0, 16, Code.HL505));
    }

    @Test
    void withTwoPtsTheRulesThatNeedThePtStaySilent() {
        String l2 = TEAM + "phase-3/coordinator/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(TEAM + "permanent-task.md", PT_BODY)
                .file(TEAM + "PT.md", PT_BODY)
                .file(l2, """
                        # Phase 3
                        ## Downstream Handoff
                        PT-synced: ✅ 2026-02-11
                        ### Decisions Made (Forward-binding)
                        - [AD-1] Event-driven pattern for Module X
                        """);
        ws.assertFindings(l2, Code.HL501);
        ws.assertFindings(TEAM + "PT.md", Code.HL302);
    }
}
