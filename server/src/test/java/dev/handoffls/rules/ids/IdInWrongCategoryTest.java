package dev.handoffls.rules.ids;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdInWrongCategoryTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String DIRECTIVE = ".agent/teams/alpha/phase-4/directive.md";
    private static final String PT = ".agent/teams/alpha/permanent-task.md";

    @TempDir
    Path tmp;

    @Test
    void aRiskIdUnderDecisionsFiresAndProposesTheNextDecisionId() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                - [R-3] Retry budget of 3 per request
                """);
        ws.assertFindings(L2, Code.HL202, d(4, 3, 4, 6, Code.HL202));
        assertThat(ws.findings(L2, Code.HL202).get(0).message()).contains("AD-2");
    }

    @Test
    void aDecisionIdInThePtsRiskRegistryFires() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(PT, """
                # PERMANENT Task
                ## Architecture Decisions
                - [AD-1] Event-driven pattern for Module X
                ## Risk Registry
                - [AD-4] Retry storms when the upstream API rate-limits
                """);
        ws.assertFindings(PT, Code.HL202, d(4, 3, 4, 7, Code.HL202));
    }

    @Test
    void theMisfiledItemStillDefinesItsId() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                - [R-3] Retry budget of 3 per request
                """).file(DIRECTIVE, """
                        ## Directive for Phase 4 Planning Coordinator
                        ### Your Mission
                        Keep the retry budget of R-3 while implementing AD-1.
                        """);
        ws.assertFindings(L2, Code.HL202, d(4, 3, 4, 6, Code.HL202));
        ws.assertFindings(DIRECTIVE, Code.HL301);
        assertThat(ws.index().scopeOf(ws.document(L2)).isDefined("R-3")).isTrue();
    }

    @Test
    void idsInTheirOwnCategoryAndReferencesToOtherCategoriesDoNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                - [AD-2] Retry budget of 3 per request (mitigates R-3)
                ### Risks Identified (Must-Track)
                - [R-3] Retry storms when the upstream API rate-limits
                ### Interface Contracts (Must-Satisfy)
                - [IC-1] Module A exports processEvent, see C-1
                ### Constraints (Must-Enforce)
                - [C-1] No external HTTP in Module X
                ### Open Questions (Requires Resolution)
                - [OQ-1] Single DB or multi-tenant?
                """);
        ws.assertFindings(L2, Code.HL202);
    }

    @Test
    void anIcIdUnderConstraintsIsNotReadAsTheCPrefix() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Constraints (Must-Enforce)
                - [IC-2] No external HTTP in Module X
                """);
        ws.assertFindings(L2, Code.HL202, d(3, 3, 3, 7, Code.HL202));
    }
}
