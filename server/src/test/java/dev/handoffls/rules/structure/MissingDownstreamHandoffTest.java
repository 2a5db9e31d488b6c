package dev.handoffls.rules.structure;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingDownstreamHandoffTest {
    private static final String COORD_L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String WORKER_L2 = ".agent/teams/alpha/phase-3/architect-1/L2-summary.md";

    @TempDir
    Path tmp;

    @Test
    void coordinatorFolderWithoutSectionFiresOnFirstHeading() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(COORD_L2, """
                # Phase 3 Architecture — Consolidated L2

                ## Findings
                Three architects reviewed Module X, Y and Z.
                """);
        ws.assertFindings(COORD_L2, Code.HL101, d(0, 0, 0, 40, Code.HL101));
    }

    @Test
    void anyFolderNameContainingCoordIsACoordinator() {
        String path = ".agent/teams/alpha/phase-2/research-coord/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(path, """
                # Phase 2 Research

                ## Findings
                Nothing conclusive yet.
                """);
        ws.assertFindings(path, Code.HL101, d(0, 0, 0, 18, Code.HL101));
    }

    @Test
    void frontMatterRoleCoordinatorMakesAWorkerFolderL2ACoordinator() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(WORKER_L2, """
                ---
                role: coordinator
                ---
                # Architect 1 — Module X

                ## Findings
                Module X has a transitive cycle through Module Z's interface adapter.
                """);
        ws.assertFindings(WORKER_L2, Code.HL101, d(3, 0, 3, 24, Code.HL101));
    }

    @Test
    void levelThreeDownstreamHandoffStillFiresOnThatHeading() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(COORD_L2, """
                # Phase 3 Architecture — Consolidated L2

                ## Findings
                Three architects reviewed Module X, Y and Z.

                ### Downstream Handoff
                - [AD-1] Event-driven pattern for Module X
                """);
        ws.assertFindings(COORD_L2, Code.HL101, d(5, 0, 5, 22, Code.HL101));
        assertThat(ws.findings(COORD_L2, Code.HL101).get(0).message()).contains("level 3");
    }

    @Test
    void headingInsideCodeBlockDoesNotCount() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(COORD_L2, """
                # Phase 3 Architecture — Consolidated L2

                ```markdown
                ## Downstream Handoff
                ```
                """);
        ws.assertFindings(COORD_L2, Code.HL101, d(0, 0, 0, 40, Code.HL101));
    }

    @Test
    void documentWithoutHeadingsFiresOnFirstLine() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(COORD_L2, "Work in progress.\nMore later.\n");
        ws.assertFindings(COORD_L2, Code.HL101, d(0, 0, 0, 17, Code.HL101));
    }

    @Test
    void workerL2WithoutSectionDoesNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(WORKER_L2, """
                # Architect 1 — Module X

                ## Findings
                Module X has a transitive cycle through Module Z's interface adapter.
                """);
        ws.assertFindings(WORKER_L2, Code.HL101);
    }

    @Test
    void onlyTheFolderDirectlyHoldingTheL2IsMatched() {
        String path = ".agent/teams/alpha/phase-3/coordinator/architect-1/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(path, """
                # Architect 1 — Module X

                ## Findings
                Module X is fine.
                """);
        ws.assertFindings(path, Code.HL101);
    }

    @Test
    void coordinatorWithTheSectionDoesNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(COORD_L2, """
                # Phase 3 Architecture — Consolidated L2

                ## Findings
                Three architects reviewed Module X, Y and Z.

                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                """);
        ws.assertFindings(COORD_L2, Code.HL101);
    }

    @Test
    void emptyDocumentGetsNoFinding() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(COORD_L2, "");
        ws.assertFindings(COORD_L2, Code.HL101);
    }

    @Test
    void levelOneDownstreamHandoffDoesNotSatisfyTheRule() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(COORD_L2, """
                ## Findings
                Three architects reviewed Module X, Y and Z.
                # Downstream Handoff
                - [AD-1] Event-driven pattern for Module X
                """);
        ws.assertFindings(COORD_L2, Code.HL101, d(2, 0, 2, 20, Code.HL101));
    }

    @Test
    void configuredCoordinatorFoldersReplaceTheDefault() {
        String lead = ".agent/teams/alpha/phase-3/lead/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "coordinatorFolders: [lead]\n")
                .file(lead, "# Phase 3\n## Findings\nNone.\n")
                .file(COORD_L2, "# Phase 3\n## Findings\nNone.\n");
        ws.assertFindings(lead, Code.HL101, d(0, 0, 0, 9, Code.HL101));
        ws.assertFindings(COORD_L2, Code.HL101);
    }

    @Test
    void crlfDocumentFiresOnFirstHeadingWithoutTheLineBreak() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(COORD_L2, "# Phase 3\r\n\r\n## Findings\r\nNone.\r\n");
        ws.assertFindings(COORD_L2, Code.HL101, d(0, 0, 0, 9, Code.HL101));
    }
}
