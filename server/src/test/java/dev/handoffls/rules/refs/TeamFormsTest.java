package dev.handoffls.rules.refs;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.features.Definitions;
import dev.handoffls.features.HoverProvider;
import dev.handoffls.features.Location;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Position;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository in the shape of the one the protocol comes from (spec §4 v3): IDs defined only in the
 * team's own forms — L3 headings, tables, colon lists, an {@code L1-index.yaml} — a devil's advocate
 * numbering challenges {@code C-1.2}, one feature split over two team folders.
 */
class TeamFormsTest {
    private static final String GC_A = ".agent/teams/checkout-p1/global-context.md";
    private static final String GC_B = ".agent/teams/checkout-p2/global-context.md";
    private static final String PLAN = ".agent/teams/checkout-p1/phase-4/planning-coord/L3-full/plan.md";
    private static final String L1 = ".agent/teams/checkout-p1/phase-4/planning-coord/L1-index.yaml";
    private static final String DA = ".agent/teams/checkout-p1/phase-4/devils-advocate/L3-report.md";
    private static final String L2_P1 = ".agent/teams/checkout-p1/phase-4/planning-coord/L2-summary.md";
    private static final String REVIEW = ".agent/teams/checkout-p2/phase-5/review-coord/L2-summary.md";

    @TempDir
    Path tmp;

    private TestWorkspace repository(String feature2) {
        return TestWorkspace.in(tmp)
                .file(
                        GC_A,
                        "---\nfeature: checkout-redesign\n---\n# Global context\n| ID | Decision |\n|----|----|\n| AD-1 | Deduplicate by content hash |\n")
                .file(GC_B, "---\nfeature: " + feature2 + "\n---\n# Global context, phases 5–6\n")
                .file(PLAN, "# Plan\n### AD-4: Use events between modules\n### R-5: Token expiry during long imports\n")
                .file(L1, "decisions:\n  - id: AD-2\n    title: Outbox table for every write\n")
                .file(DA, """
                        # Devil's advocate
                        ## Challenge C-1: The cache is unbounded
                        - C-1.1: memory grows with tenants
                        - C-1.2: no eviction metric
                        """)
                .file(L2_P1, """
                        # Phase 4 planning
                        ## Downstream Handoff
                        ### Decisions Made (Forward-binding)
                        - AD-1: Deduplicate by content hash
                        - AD-3: Single writer per aggregate
                        ### Risks Identified (Must-Track)
                        - R-5: Token expiry during long imports
                        """)
                .file(REVIEW, """
                        # Phase 5 review
                        AD-1 through AD-4 hold; R-5 is mitigated; C-1 answered; AD-9 was never written.
                        ## Downstream Handoff
                        ### Decisions Made (Forward-binding)
                        - None
                        """);
    }

    @Test
    void aRepositoryOfTeamFormsGetsNoUndefinedIdsAndNoGaps() {
        TestWorkspace ws = repository("checkout-redesign");
        assertThat(ws.allFindings()).extracting(Finding::code).doesNotContain(Code.HL301, Code.HL206, Code.HL201);
    }

    @Test
    void definitionAndHoverReachTheHeadingTableRowAndL1EntryInOtherFoldersOfTheFeature() {
        TestWorkspace ws = repository("checkout-redesign");
        var review = ws.document(REVIEW);
        assertThat(Definitions.definition(ws.index(), review, new Position(1, 14)))
                .containsExactly(new Location(PLAN, Range.of(1, 4, 1, 8))); // AD-4 (range end)
        assertThat(Definitions.definition(ws.index(), review, new Position(1, 1)))
                .containsExactly(
                        new Location(L2_P1, Range.of(3, 2, 3, 6)),
                        new Location(GC_A, Range.of(6, 2, 6, 6))); // AD-1: handoff first
        var hover = HoverProvider.hover(ws.index(), review, new Position(1, 25)).orElseThrow();
        assertThat(hover.markdown())
                .contains("Token expiry during long imports")
                .contains(L2_P1);
        var l1 = HoverProvider.hover(ws.index(), ws.document(PLAN), new Position(1, 5))
                .orElseThrow(); // AD-4 itself
        assertThat(l1.markdown()).contains("Use events between modules").contains("phase 4");
    }

    @Test
    void theL1IndexEntryIsADefinitionSite() {
        TestWorkspace ws = repository("checkout-redesign")
                .file(".agent/teams/checkout-p2/phase-6/notes.md", "AD-2 ships first.\n");
        var notes = ws.document(".agent/teams/checkout-p2/phase-6/notes.md");
        assertThat(Definitions.definition(ws.index(), notes, new Position(0, 1)))
                .containsExactly(new Location(L1, Range.of(1, 8, 1, 12)));
        assertThat(HoverProvider.hover(ws.index(), notes, new Position(0, 1))
                        .orElseThrow()
                        .markdown())
                .contains("Outbox table for every write")
                .contains("L1 index entry");
    }

    @Test
    void oneBracketedDefinitionTurnsHl301OnForThatPrefixOnly() {
        TestWorkspace ws = repository("checkout-redesign");
        ws.file(L2_P1, ws.document(L2_P1).text().text().replace("- AD-3: Single writer", "- [AD-3] Single writer"));
        // AD-9 is now dangling; C-1 (the devil's advocate's challenge) and R-5 are not checked.
        ws.assertFindings(REVIEW, Code.HL301, d(1, 56, 1, 60, Code.HL301));
    }

    @Test
    void foldersOfDifferentFeaturesAreSeparatePipelines() {
        TestWorkspace ws = repository("search-relevance");
        ws.file(L2_P1, ws.document(L2_P1).text().text().replace("- AD-3: Single writer", "- [AD-3] Single writer"));
        ws.file(".agent/teams/checkout-p2/phase-5/review-coord/L2-summary.md", """
                # Phase 5 review
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-10] Review's own decision
                AD-4 holds.
                """);
        // checkout-p2 is its own scope now: AD-4 lives in checkout-p1 only.
        ws.assertFindings(REVIEW, Code.HL301, d(4, 0, 4, 4, Code.HL301));
    }

    @Test
    void aTeamPrefixLabellingTwoItemsOfACategoryIsNotAnItemWithoutIdNorMalformed() {
        String l2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(l2, """
                # Phase 3
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - RISK-1: Webhook retries can double-charge
                - [RISK-2] Token expiry
                ### Constraints (Must-Enforce)
                - CONS-1: only one labelled item, so CONS is not (yet) a team prefix
                """);
        ws.assertFindings(l2, Code.HL106, d(5, 0, 5, 30, Code.HL106));
        ws.assertFindings(l2, Code.HL201);
    }

    @Test
    void aConfiguredTeamPrefixCountsFromItsFirstItem() {
        String l2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "teamPrefixes: {CONS: Constraints}\n")
                .file(l2, """
                # Phase 3
                ## Downstream Handoff
                ### Constraints (Must-Enforce)
                - CONS-1: No external HTTP in Module X
                """);
        ws.assertFindings(l2, Code.HL106);
    }

    @Test
    void aTeamWritingCForContractsGetsOneInformationFindingNotAnErrorPerItem() {
        String l2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
        String l2b = ".agent/teams/alpha/phase-4/coordinator/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(l2, """
                ## Downstream Handoff
                ### Interface Contracts (Must-Satisfy)
                - [C-1] `processEvent(e: Event): Promise<Result>`
                - [C-2] `GET /orders/{id}` returns 404 for unknown ids
                """).file(l2b, """
                ## Downstream Handoff
                ### Interface Contracts (Must-Satisfy)
                - [C-3] Webhooks are signed
                """);
        ws.assertFindings(l2, Code.HL202, d(2, 3, 2, 6, Code.HL202));
        assertThat(ws.findings(l2, Code.HL202).get(0).severity()).isEqualTo(Severity.INFORMATION);
        assertThat(ws.findings(l2, Code.HL202).get(0).message()).startsWith("C-N is used for Interface Contracts");
        ws.assertFindings(l2b, Code.HL202);
    }

    @Test
    void aSlipUnderAnotherCategoryIsStillAnError() {
        String l2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(l2, """
                ## Downstream Handoff
                ### Interface Contracts (Must-Satisfy)
                - [C-1] `processEvent(e: Event): Promise<Result>`
                ### Constraints (Must-Enforce)
                - [C-2] No external HTTP
                """);
        ws.assertFindings(l2, Code.HL202, d(2, 3, 2, 6, Code.HL202));
        assertThat(ws.findings(l2, Code.HL202).get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aWorkersFreeFormHandoffNoteIsNotCheckedForCategoriesButACoordinatorsIs() {
        String worker = ".agent/teams/alpha/phase-3/worker-2/L2-summary.md";
        String coord = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
        String note =
                "# Worker 2\n## Downstream Handoff\nThe coordinator should know the cache is unbounded.\n## Appendix\n";
        TestWorkspace ws = TestWorkspace.in(tmp).file(worker, note).file(coord, note);
        ws.assertFindings(worker, Code.HL102);
        ws.assertFindings(worker, Code.HL103);
        assertThat(ws.findings(coord, Code.HL102, Code.HL103))
                .extracting(Finding::code)
                .containsExactly(Code.HL102, Code.HL103);
    }

    @Test
    void aWorkerRestatingInItsOwnWordsIsAWarningACoordinatorAnError() {
        String coord3 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
        String worker4 = ".agent/teams/alpha/phase-4/worker-1/L2-summary.md";
        String coord4 = ".agent/teams/alpha/phase-4/coordinator/L2-summary.md";
        String origin = "## Downstream Handoff\n### Decisions Made\n- [AD-1] Event-driven pattern for Module X\n";
        String reworded = "## Downstream Handoff\n### Decisions Made\n- [AD-1] Module X is event based\n";
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(coord3, origin)
                .file(worker4, reworded)
                .file(coord4, reworded);
        assertThat(ws.findings(worker4, Code.HL204))
                .singleElement()
                .extracting(Finding::severity)
                .isEqualTo(Severity.WARNING);
        assertThat(ws.findings(coord4, Code.HL204))
                .singleElement()
                .extracting(Finding::severity)
                .isEqualTo(Severity.ERROR);
    }
}
