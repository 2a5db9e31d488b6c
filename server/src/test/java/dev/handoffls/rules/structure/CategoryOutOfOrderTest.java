package dev.handoffls.rules.structure;

import static dev.handoffls.testing.TestWorkspace.d;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategoryOutOfOrderTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";

    @TempDir
    Path tmp;

    @Test
    void firesOnTheFirstCategoryThatComesTooLate() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - [R-1] Circular dependency X↔Y↔Z via interface adapter.
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                """);
        ws.assertFindings(L2, Code.HL105, d(4, 0, 4, 36, Code.HL105));
    }

    @Test
    void reportedOncePerSectionEvenWithSeveralDisorders() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Artifacts Produced
                - L1: `L1-index.yaml`
                ### Questions
                - None
                ### Constraints
                - None
                ### Decisions
                - None
                """);
        ws.assertFindings(L2, Code.HL105, d(4, 0, 4, 13, Code.HL105));
    }

    @Test
    void canonicalOrderWithShortNamesDoesNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions
                - [AD-1] Event-driven pattern for Module X
                ### Risks
                - [R-1] Circular dependency X↔Y↔Z via interface adapter.
                ### Contracts
                - None
                ### Constraints
                - None
                ### Questions
                - None
                ### Artifacts
                - L1: `L1-index.yaml`
                """);
        ws.assertFindings(L2, Code.HL105);
    }

    @Test
    void missingCategoriesDoNotMakeTheOrderWrong() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions
                - [AD-1] Event-driven pattern for Module X
                ### Open Questions
                - None
                ### Artifacts
                - L1: `L1-index.yaml`
                """);
        ws.assertFindings(L2, Code.HL105);
    }
}
