package dev.handoffls.rules.structure;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingHandoffCategoryTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";

    @TempDir
    Path tmp;

    @Test
    void oneFindingNamesEveryMissingCategoryOnTheSectionHeading() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                ### Risks Identified (Must-Track)
                - [R-1] Circular dependency X↔Y↔Z via interface adapter.
                ### Artifacts Produced
                - L1: `L1-index.yaml`
                """);
        ws.assertFindings(L2, Code.HL102, d(1, 0, 1, 21, Code.HL102));
        assertThat(ws.findings(L2, Code.HL102).get(0).message())
                .contains("Interface Contracts", "Constraints", "Open Questions")
                .doesNotContain("Decisions", "Risks", "Artifacts");
    }

    @Test
    void missingArtifactsIsNamedToo() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions
                - None
                ### Risks
                - None
                ### Contracts
                - None
                ### Constraints
                - None
                ### Questions
                - None
                """);
        ws.assertFindings(L2, Code.HL102, d(1, 0, 1, 21, Code.HL102));
        assertThat(ws.findings(L2, Code.HL102).get(0).message()).contains("Artifacts");
    }

    @Test
    void workerL2WithASectionIsCheckedTheSameWay() {
        String worker = ".agent/teams/alpha/phase-3/architect-1/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(worker, """
                # Architect 1
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                """);
        ws.assertFindings(worker, Code.HL102, d(1, 0, 1, 21, Code.HL102));
    }

    @Test
    void shortNamesTagsAndNoneMarkersSatisfyEveryCategory() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                ### Risks (must-track by Phase 6)
                - [R-1] Circular dependency X↔Y↔Z via interface adapter.
                ### Contracts
                - None
                ### CONSTRAINTS
                - N/A
                ### Questions
                - **None**
                ### Artifacts Produced
                - L1: `L1-index.yaml`
                """);
        ws.assertFindings(L2, Code.HL102);
    }

    @Test
    void documentWithoutTheSectionIsLeftToHL101() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Findings
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                """);
        ws.assertFindings(L2, Code.HL102);
    }

    @Test
    void categoriesDeeperThanLevelThreeCount() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                #### Decisions
                - None
                #### Risks
                - None
                #### Contracts
                - None
                #### Constraints
                - None
                #### Questions
                - None
                #### Artifacts
                - None
                """);
        ws.assertFindings(L2, Code.HL102);
    }

    @Test
    void categoryHeadingsAfterTheSectionDoNotCount() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions
                - None
                ### Risks
                - None
                ### Contracts
                - None
                ### Constraints
                - None
                ### Questions
                - None
                ## Appendix
                ### Artifacts
                - None
                """);
        ws.assertFindings(L2, Code.HL102, d(1, 0, 1, 21, Code.HL102));
    }
}
