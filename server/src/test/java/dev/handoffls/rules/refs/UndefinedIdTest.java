package dev.handoffls.rules.refs;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UndefinedIdTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String DIRECTIVE = ".agent/teams/alpha/phase-4/directive.md";
    private static final String PHASE_3_L2 = """
            # Phase 3 Summary
            ## Downstream Handoff
            ### Decisions Made (Forward-binding)
            - [AD-1] Event-driven pattern for Module X.
            - [AD-2] One database per tenant.
            ### Risks Identified (Must-Track)
            - [R-1] Circular dependency X↔Y↔Z via interface adapter.
            ### Open Questions (Requires Resolution)
            - [OQ-1] Single DB or multi-tenant?
            """;

    @TempDir
    Path tmp;

    @Test
    void reportsAReferenceToAnIdDefinedNowhereInThePipeline() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, PHASE_3_L2).file(DIRECTIVE, """
                ## Directive for Phase 4 Coordinator
                ### Your Mission
                - Follow AD-1 and AD-7.
                """);
        ws.assertFindings(DIRECTIVE, Code.HL301, d(2, 18, 2, 22, Code.HL301));
    }

    @Test
    void aRangeGivesOneFindingListingItsUndefinedIds() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, PHASE_3_L2).file(DIRECTIVE, """
                ## Directive for Phase 4 Coordinator
                ### Your Mission
                - Decisions AD-1 through AD-4 hold.
                """);
        ws.assertFindings(DIRECTIVE, Code.HL301, d(2, 12, 2, 29, Code.HL301));
        assertThat(ws.findings(DIRECTIVE, Code.HL301).get(0).message())
                .contains("AD-3, AD-4")
                .doesNotContain("AD-1,")
                .doesNotContain("AD-2,");
    }

    @Test
    void theShortRangeFormListsItsUndefinedIds() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, PHASE_3_L2).file(DIRECTIVE, """
                ## Directive for Phase 4 Coordinator
                ### Your Mission
                - Answer OQ-1~3 first.
                """);
        ws.assertFindings(DIRECTIVE, Code.HL301, d(2, 9, 2, 15, Code.HL301));
        assertThat(ws.findings(DIRECTIVE, Code.HL301).get(0).message()).contains("OQ-2, OQ-3");
    }

    @Test
    void aRangeWhoseIdsAreAllDefinedDoesNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, PHASE_3_L2).file(DIRECTIVE, """
                ## Directive for Phase 4 Coordinator
                ### Context Source
                - Architecture Decisions: 2 decisions (AD-1 through AD-2)
                """);
        ws.assertFindings(DIRECTIVE, Code.HL301);
    }

    @Test
    void anIdDefinedInAnotherL2OfTheSamePipelineIsDefined() {
        String worker = ".agent/teams/alpha/phase-4/worker-1/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, PHASE_3_L2).file(worker, """
                # Phase 4 Worker 1
                The split respects AD-2 and keeps R-1 open.
                """);
        ws.assertFindings(worker, Code.HL301);
    }

    @Test
    void anIdDefinedOnlyInAnotherPipelineIsUndefined() {
        String beta = ".agent/teams/beta/phase-4/directive.md";
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(L2, PHASE_3_L2)
                .file(beta, """
                ## Directive for Phase 4 Coordinator
                Respect AD-2.
                """)
                .file(".agent/teams/beta/phase-3/coordinator/L2-summary.md", """
                ## Downstream Handoff
                ### Decisions Made
                - [AD-1] Beta's own first decision.
                """);
        ws.assertFindings(beta, Code.HL301, d(1, 8, 1, 12, Code.HL301));
    }

    @Test
    void aPipelineWithoutBracketedDefinitionsHasNotAdoptedTheProtocolAndGetsNoHl301() {
        String beta = ".agent/teams/beta/phase-4/directive.md";
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(L2, PHASE_3_L2)
                .file(beta, """
                ## Directive for Phase 4 Coordinator
                Respect AD-2 and answer C-3.
                """)
                .file(".agent/teams/beta/phase-3/coordinator/L2-summary.md", """
                ## Downstream Handoff
                ### Decisions Made
                - AD-1: Beta's own first decision, unbracketed.
                """);
        ws.assertFindings(beta, Code.HL301);
    }

    @Test
    void anAdoptedPipelineChecksOnlyThePrefixesItUsesInBracketedForm() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, PHASE_3_L2).file(DIRECTIVE, """
                ## Directive for Phase 4 Coordinator
                Respect AD-9 and answer the devil's advocate's C-3 and IC-4.
                """);
        // PHASE_3_L2 brackets AD, R and OQ only: C-3 and IC-4 may be the team's own numbering.
        ws.assertFindings(DIRECTIVE, Code.HL301, d(1, 8, 1, 12, Code.HL301));
    }

    @Test
    void anIdDefinedLocallyInTheDocumentIsNotDangling() {
        String plan = ".agent/teams/alpha/phase-4/planning-coord/notes.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, PHASE_3_L2).file(plan, """
                # Planning notes
                ### AD-7: GC → PERMANENT Task
                **R-9:** Token expiry, tracked here only.

                **R-8**: Clock skew, tracked here only.

                | ID | Meaning |
                |---|---|
                | IC-4 | Module A exports events |

                The plan keeps AD-7, R-8, R-9 and IC-4.
                """);
        ws.assertFindings(plan, Code.HL301);
    }

    @Test
    void aParagraphOpeningWithABoldIdAndColonDefinesItLocally() {
        String plan = ".agent/teams/alpha/phase-4/planning-coord/notes.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, PHASE_3_L2).file(plan, """
                # Planning notes
                **AD-7: GC → PERMANENT Task.** The coordinator writes it.

                - **R-9: Token expiry.** Tracked here only.

                The plan keeps AD-7 and R-9.
                """);
        ws.assertFindings(plan, Code.HL301);
    }

    @Test
    void idsInCodeCommentsAndLinkDestinationsAreNotReferences() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, PHASE_3_L2).file(DIRECTIVE, """
                ## Directive for Phase 4 Coordinator
                `R-9` is the test plan's name; ADR-7 is the old wiki's number.
                <!-- AD-8 was dropped -->

                ```
                AD-9 in a fenced block
                ```

                    AD-10 in an indented block

                See [the notes](notes/AD-11.md).
                """);
        ws.assertFindings(DIRECTIVE, Code.HL301);
    }
}
