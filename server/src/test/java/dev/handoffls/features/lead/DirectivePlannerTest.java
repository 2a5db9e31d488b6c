package dev.handoffls.features.lead;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectivePlannerTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String PT = ".agent/teams/alpha/permanent-task.md";

    @TempDir
    Path tmp;

    private TestWorkspace ws() {
        return TestWorkspace.in(tmp)
                .file(L2, "# Phase 3\n\n## Downstream Handoff\n### Decisions Made\n- [AD-1] A.\n")
                .file(PT, """
                        # PERMANENT Task — alpha
                        ## Architecture Decisions
                        - [AD-1] A.
                        - [AD-2] B.
                        - [AD-3] C.
                        ## Risk Registry
                        - [R-1] Risky.
                        ## Active Contracts
                        - None
                        ## Constraints
                        - None
                        ## Open Questions
                        - [OQ-1] Single DB?
                        - [OQ-2] Region?
                        ## Codebase Impact Map
                        - None
                        """);
    }

    @Test
    void writesTheNextPhasesDirectiveWithCountsFromThePt() {
        TestWorkspace ws = ws();
        var r = (DirectivePlanner.Planned) DirectivePlanner.plan(ws.index(), ws.document(L2));
        assertThat(r.path()).isEqualTo(".agent/teams/alpha/phase-4/directive.md");
        assertThat(r.change().creates().get(0).content()).isEqualTo("""
                ## Directive for Phase 4 Coordinator

                ### Context Source
                Read the PERMANENT Task via TaskGet for full project context.
                Key sections updated from Phase 3:
                - Architecture Decisions: 3 decisions (AD-1 through AD-3)
                - Risk Registry: 1 risks (R-1)
                - Active Contracts: 0 contracts
                - Constraints: 0 constraints
                - Open Questions: 2 unresolved items (OQ-1 through OQ-2)

                ### Phase-Specific Input
                Read Phase 3 coordinator's L2 at: phase-3/coordinator/L2-summary.md
                Focus on: "Downstream Handoff" section for items requiring your attention.

                ### Your Mission
                {Phase 4 specific instructions}

                ### Workers Assigned
                {worker list with dimension assignments}
                """);
    }

    @Test
    void theGeneratedDirectiveOnlyHasItsPlaceholdersReported() throws Exception {
        TestWorkspace ws = ws();
        var r = (DirectivePlanner.Planned) DirectivePlanner.plan(ws.index(), ws.document(PT));
        SyncToPtTest.apply(ws, r.change());
        var findings = TestWorkspace.in(tmp).findings(r.path());
        assertThat(findings).extracting(f -> f.code().name()).containsOnly("HL107");
        assertThat(findings).hasSize(2);
    }

    @Test
    void neverOverwritesAnExistingDirective() {
        TestWorkspace ws = ws().file(".agent/teams/alpha/phase-4/directive.md", "# mine\n");
        var r = DirectivePlanner.plan(ws.index(), ws.document(L2));
        assertThat(r).isInstanceOf(DirectivePlanner.Refused.class);
        assertThat(((DirectivePlanner.Refused) r).reason()).contains("already exists");
    }

    @Test
    void recomputesStaleCountLinesKeepingTheirLabels() {
        String directive = ".agent/teams/alpha/phase-4/directive.md";
        TestWorkspace ws = ws().file(directive, """
                ## Directive for Phase 4 Coordinator
                ### Context Source
                - Architecture Decisions: 2 decisions (AD-1 through AD-2)
                - Active Risks: 1 risks (R-1)
                - Open Questions: 5 unresolved items
                """);
        assertThat(DirectivePlanner.recomputeCounts(ws.index(), ws.document(directive)))
                .containsExactly(
                        new dev.handoffls.features.TextEdit(
                                dev.handoffls.text.Range.of(2, 0, 2, 57),
                                "- Architecture Decisions: 3 decisions (AD-1 through AD-3)"),
                        new dev.handoffls.features.TextEdit(
                                dev.handoffls.text.Range.of(4, 0, 4, 36),
                                "- Open Questions: 2 unresolved items (OQ-1 through OQ-2)"));
    }
}
