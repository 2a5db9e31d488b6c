package dev.handoffls.rules.structure;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingPtSectionTest {
    private static final String PT = ".agent/teams/alpha/permanent-task.md";

    @TempDir
    Path tmp;

    @Test
    void oneFindingNamesEveryMissingSectionOnTheFirstHeading() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(PT, """
                # PERMANENT Task — Module X re-architecture

                ## Architecture Decisions
                - [AD-1] Event-driven pattern for Module X

                ## Constraints
                - None
                """);
        ws.assertFindings(PT, Code.HL108, d(0, 0, 0, 43, Code.HL108));
        assertThat(ws.findings(PT, Code.HL108).get(0).message())
                .contains("Risk Registry", "Active Contracts", "Open Questions", "Codebase Impact Map")
                .doesNotContain("Architecture Decisions", "'Constraints'");
    }

    @Test
    void ptWithNoSectionsAtAllNamesAllSix() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(PT, """
                # PERMANENT Task — Module X re-architecture

                Nothing recorded yet.
                """);
        ws.assertFindings(PT, Code.HL108, d(0, 0, 0, 43, Code.HL108));
        assertThat(ws.findings(PT, Code.HL108).get(0).message())
                .contains(
                        "Architecture Decisions",
                        "Risk Registry",
                        "Active Contracts",
                        "Constraints",
                        "Open Questions",
                        "Codebase Impact Map");
    }

    @Test
    void aliasesAtLevelTwoSatisfyEverySection() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(PT, """
                # PERMANENT Task — Module X re-architecture
                ## Decisions
                - None
                ## Active Risks
                - None
                ## Interface Contracts
                - None
                ## Constraints
                - None
                ## Questions
                - None
                ## Impact Map
                - P3: Module X
                """);
        ws.assertFindings(PT, Code.HL108);
    }

    @Test
    void exportedPtWithLevelThreeSectionsDoesNotFire() {
        String exported = ".agent/teams/alpha/PT-v2.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(exported, """
                ## [PERMANENT] — PT-v2
                ### Decisions
                - [AD-1] Event-driven pattern for Module X <!-- source: phase-3/coordinator/L2-summary.md -->
                ### Active Risks
                - None
                ### Contracts
                - None
                ### Constraints
                - None
                ### Questions
                - None
                ### Impact Map
                - P3: Module X, Module Y
                """);
        ws.assertFindings(exported, Code.HL108);
    }

    @Test
    void otherDocumentsAreNotChecked() {
        String l2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(l2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                """);
        ws.assertFindings(l2, Code.HL108);
    }

    @Test
    void ptWithoutHeadingsFiresOnTheFirstLineAfterFrontMatter() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(PT, """
                ---
                kind: permanent-task
                ---
                Nothing recorded yet.
                """);
        ws.assertFindings(PT, Code.HL108, d(3, 0, 3, 21, Code.HL108));
    }

    @Test
    void olderPtVersionsAreHistoryAndNotChecked() {
        String v1 = ".agent/teams/alpha/PT-v1.md";
        String v2 = ".agent/teams/alpha/PT-v2.md";
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(v1, "# PERMANENT Task\n## Decisions\n- None\n")
                .file(v2, "# PERMANENT Task\n## Decisions\n- None\n");
        ws.assertFindings(v1, Code.HL108);
        ws.assertFindings(v2, Code.HL108, d(0, 0, 0, 16, Code.HL108));
    }

    @Test
    void sectionsInsideCodeBlocksDoNotCount() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(PT, """
                # PERMANENT Task
                ## Decisions
                - None
                ## Risks
                - None
                ## Contracts
                - None
                ## Constraints
                - None
                ## Questions
                - None
                ```markdown
                ## Impact Map
                ```
                """);
        ws.assertFindings(PT, Code.HL108, d(0, 0, 0, 16, Code.HL108));
        assertThat(ws.findings(PT, Code.HL108).get(0).message())
                .contains("Codebase Impact Map")
                .doesNotContain("Risk Registry");
    }

    @Test
    void emptyPtGetsNoFinding() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(PT, "");
        ws.assertFindings(PT, Code.HL108);
    }
}
