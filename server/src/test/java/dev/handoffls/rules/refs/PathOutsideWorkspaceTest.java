package dev.handoffls.rules.refs;

import static dev.handoffls.testing.TestWorkspace.d;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathOutsideWorkspaceTest {
    private static final String NOTES = "notes/plan.md";

    @TempDir
    Path tmp;

    @Test
    void reportsAnAbsolutePathIntoAWorkspaceFolder() {
        TestWorkspace ws = TestWorkspace.in(tmp).dir("services").file(NOTES, """
                - [ ] Deploy /services/x.yaml to the host
                """);
        ws.assertFindings(NOTES, Code.HL309, d(0, 13, 0, 29, Code.HL309));
        // Never probed, so it is not also a phantom file.
        ws.assertFindings(NOTES, Code.HL304);
    }

    @Test
    void aTaskInTheArtifactsCategoryIsReportedOnce() {
        // Issue 13, item 14: its path is both an artifact and the task's target; it was reported twice.
        String l2 = ".agent/teams/a/phase-1/coordinator/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp).dir("srv").file(l2, """
                # L2 Summary — Phase 1

                ## Downstream Handoff

                ### Artifacts Produced
                - [ ] Deploy `/srv/tool.py`
                """);
        ws.assertFindings(l2, Code.HL309, d(5, 14, 5, 26, Code.HL309));
    }

    @Test
    void anAbsoluteTokenOutsideTheWorkspaceFoldersIsAnEndpointWhateverItsExtension() {
        TestWorkspace ws = TestWorkspace.in(tmp).dir("services").file(NOTES, """
                - [ ] Deploy /etc/x.yaml to the host
                - [ ] Verify /openapi.json lists the new route
                - [ ] Check `/health/api` returns 200
                """);
        ws.assertAllFindings(NOTES);
    }

    @Test
    void aHomeRelativePathInProseDescribesSomeonesMachine() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                - [ ] Run `~/x.py` after the deploy
                - [ ] Edit ~/.bashrc to export the key
                """);
        ws.assertAllFindings(NOTES);
    }

    @Test
    void aLinkToAHomeRelativePathIsStillReported() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                See [my notes](~/notes/x.md).
                """);
        ws.assertFindings(NOTES, Code.HL309, d(0, 15, 0, 27, Code.HL309));
    }

    @Test
    void reportsALinkThatLeavesTheWorkspaceRoot() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                See [the other repo](../../outside.md).
                """);
        ws.assertFindings(NOTES, Code.HL309, d(0, 21, 0, 37, Code.HL309));
        ws.assertFindings(NOTES, Code.HL303);
    }

    @Test
    void aParentPathThatStaysInsideDoesNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file("sibling/x.md", "# X\n").file(NOTES, """
                See [the sibling](../sibling/x.md).
                - [ ] Run `../sibling/x.md` checks
                """);
        ws.assertFindings(NOTES, Code.HL309);
        ws.assertFindings(NOTES, Code.HL303);
    }

    @Test
    void endpointsAndTasksWithoutAnExistenceOrCreationVerbAreNotReported() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(NOTES, """
                - [ ] Check `/health/api` returns 200
                - [ ] Ask ops about /etc/x.yaml
                """);
        ws.assertFindings(NOTES, Code.HL309);
    }
}
