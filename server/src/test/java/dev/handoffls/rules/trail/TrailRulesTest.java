package dev.handoffls.rules.trail;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.model.TrailMarker;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HL601–HL605 (spec §13), each firing and with its near misses. */
class TrailRulesTest {
    private static final String P3 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String P3_WORKER = ".agent/teams/alpha/phase-3/worker-2/L2-summary.md";
    private static final String P4 = ".agent/teams/alpha/phase-4/coordinator/L2-summary.md";
    private static final String P5 = ".agent/teams/alpha/phase-5/coordinator/L2-summary.md";
    private static final String P6_DIRECTIVE = ".agent/teams/alpha/phase-6/directive.md";
    private static final String P3_TEXT = """
            # Phase 3
            ## Downstream Handoff
            ### Decisions Made (Forward-binding)
            - [AD-1] Event-driven pattern for Module X
            ### Risks Identified (Must-Track)
            - [R-1] Circular dependency X↔Y↔Z via interface adapter.
            - [R-2] Module Z has no test coverage.
            ### Open Questions (Requires Resolution)
            - [OQ-1] Single DB or multi-tenant?
            """;
    private static final String P5_TEXT = """
            # Phase 5
            ## Downstream Handoff
            ### Risks Identified (Must-Track)
            - [R-4] Load test not yet run.
            LINE
            """;

    @TempDir
    Path tmp;

    private TestWorkspace pipeline(String p5Line) {
        return TestWorkspace.in(tmp)
                .file(P3, P3_TEXT)
                .file(P4, "# Phase 4\n## Downstream Handoff\n- None\n")
                .file(P5, P5_TEXT.replace("LINE", p5Line));
    }

    @Test
    void theSeedsStoryARiskRaisedInPhase3AndNeverMentionedByPhase5IsDropped() {
        TestWorkspace ws = pipeline("");
        ws.assertFindings(
                P5, Code.HL601, d(1, 0, 1, 21, Code.HL601), d(1, 0, 1, 21, Code.HL601), d(1, 0, 1, 21, Code.HL601));
        assertThat(ws.findings(P5, Code.HL601))
                .extracting(Finding::message)
                .anySatisfy(
                        m -> assertThat(m)
                                .startsWith(
                                        "R-1 (\"Circular dependency X↔Y↔Z via interface adapter.\", raised in phase 3) is not mentioned"));
        assertThat(ws.findings(P5, Code.HL601).get(0).related())
                .singleElement()
                .satisfies(r -> assertThat(r.path()).isEqualTo(P3));
        // Decisions are forward-binding but need not be repeated; earlier phases are not the newest.
        assertThat(ws.findings(P5, Code.HL601)).noneMatch(f -> f.message().startsWith("AD-1"));
        ws.assertFindings(P4, Code.HL601);
    }

    @Test
    void aMentionARangeAForwardOrAClosureKeepsTheItemAlive() {
        TestWorkspace ws = pipeline("- Forwarded: R-1 → phase 6\n\nR-2 is folded into R-4; Resolved: OQ-1 — single DB");
        ws.assertFindings(P5, Code.HL601);
        ws = TestWorkspace.in(tmp.resolve("b"))
                .file(P3, P3_TEXT)
                .file(P4, """
                # Phase 4
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - Mitigated: R-1 — adapter split in T-4
                - Dropped: R-2 — out of scope (Lead)
                """)
                .file(P5, P5_TEXT.replace("LINE", "OQ-1 through OQ-3 are still open."));
        ws.assertFindings(P5, Code.HL601);
    }

    @Test
    void aDirectiveOfTheNewestPhaseOrLaterMayCarryTheItem() {
        TestWorkspace ws =
                pipeline("").file(P6_DIRECTIVE, "## Directive for Phase 6 Coordinator\nTrack R-1, R-2 and OQ-1.\n");
        ws.assertFindings(P5, Code.HL601);
    }

    @Test
    void noFindingWithOnlyOneCoordinatorPhaseOrOutsidePipelines() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(P3, P3_TEXT);
        ws.assertFindings(P3, Code.HL601);
        String loose = "notes/phase-5/coordinator/L2-summary.md";
        ws = TestWorkspace.in(tmp.resolve("c"))
                .file("notes/phase-3/coordinator/L2-summary.md", P3_TEXT)
                .file(loose, P5_TEXT.replace("LINE", ""));
        ws.assertFindings(loose, Code.HL601);
    }

    @Test
    void aTeamPrefixedRiskIsTrackedInAPipelineThatNeverBrackets() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(
                        P3,
                        "## Downstream Handoff\n### Risks Identified\n- RISK-1: Cache misses an edit\n- RISK-2: Budget overrun\n")
                .file(P5, "## Downstream Handoff\n### Risks Identified\n- RISK-2: Budget overrun (still open)\n");
        assertThat(ws.findings(P5, Code.HL601))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("RISK-1"));
    }

    @Test
    void aWorkersItemTheCoordinatorLeavesOutIsDroppedAtConsolidation() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(P3, P3_TEXT).file(P3_WORKER, """
                # Worker 2
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - [R-2] Module Z has no test coverage.
                - [R-3] The fixture data is stale.
                """);
        ws.assertFindings(P3, Code.HL602, d(1, 0, 1, 21, Code.HL602));
        Finding f = ws.findings(P3, Code.HL602).get(0);
        assertThat(f.message()).contains("R-3").contains("worker-2/L2-summary.md");
        assertThat(f.related().get(0).range().start().line()).isEqualTo(4);
        ws.file(P3, P3_TEXT + "\nR-3 is folded into R-2.\n");
        ws.assertFindings(P3, Code.HL602);
    }

    @Test
    void aLaterPhaseLeaningOnADroppedOrSupersededItemIsInformation() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(P3, P3_TEXT)
                .file(P4, """
                # Phase 4
                ## Downstream Handoff
                - Superseded: AD-1 by AD-7
                - Dropped: R-2 — out of scope (Lead)
                - Resolved: OQ-1 — single DB
                AD-1 and R-2 are discussed here once more.
                """)
                .file(P6_DIRECTIVE, "## Directive for Phase 6 Coordinator\nKeep AD-1; watch R-2; OQ-1 holds.\n");
        ws.assertFindings(P6_DIRECTIVE, Code.HL603, d(1, 5, 1, 9, Code.HL603), d(1, 17, 1, 20, Code.HL603));
        assertThat(ws.findings(P6_DIRECTIVE, Code.HL603).get(0).message())
                .contains("superseded in phase 4")
                .contains("AD-7");
        ws.assertFindings(P4, Code.HL603);
    }

    @Test
    void aPtClosingWordClosesTheItem() {
        String pt = ".agent/teams/alpha/permanent-task.md";
        TestWorkspace ws = pipeline("").file(pt, """
                # PERMANENT Task
                ## Risk Registry
                - [R-1] Circular dependency X↔Y↔Z via interface adapter. [RESOLVED]
                - [R-2] Module Z has no test coverage. [dropped]
                ## Open Questions
                - [OQ-1] Single DB or multi-tenant?
                """);
        assertThat(ws.findings(P5, Code.HL601))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("OQ-1"));
    }

    @Test
    void aMarkerForAnUnknownIdAndAClosingMarkerWithoutReason() {
        TestWorkspace ws = pipeline(
                "- Resolved: R-12 — fixed by the split\n- Dropped: R-2\n- Superseded: AD-1 by AD-7\n- Forwarded: R-1");
        ws.assertFindings(P5, Code.HL604, d(4, 12, 4, 16, Code.HL604));
        ws.assertFindings(P5, Code.HL605, d(5, 2, 5, 14, Code.HL605));
        ws.assertFindings(P5, Code.HL301);
    }

    @Test
    void markersAreReadOnlyOutsideCodeAndInHandoffDocuments() {
        TestWorkspace ws = pipeline("`Dropped: R-1` is how you would write it\n\n```\nResolved: R-2\n```");
        assertThat(ws.document(P5).markers()).isEmpty();
        ws.file("docs/notes.md", "Dropped: R-1\n");
        assertThat(ws.document("docs/notes.md").markers()).isEmpty();
    }

    @Test
    void markerForms() {
        TestWorkspace ws =
                pipeline("- **Resolved:** OQ-1, R-2 and R-1 — answered\n- Forwarded: R-1 through R-2 → phase 7");
        assertThat(ws.document(P5).markers())
                .extracting(TrailMarker::kind, TrailMarker::ids, TrailMarker::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                TrailMarker.Kind.RESOLVED, java.util.List.of("OQ-1", "R-2", "R-1"), "answered"),
                        org.assertj.core.groups.Tuple.tuple(
                                TrailMarker.Kind.FORWARDED, java.util.List.of("R-1", "R-2"), "→ phase 7"));
    }

    @Test
    void mustTrackDecidesWhichCategoriesMustStayAlive() {
        TestWorkspace ws = pipeline("R-1, R-2 and OQ-1 carry on.").file(".handoff.yaml", "mustTrack: [Decisions]\n");
        assertThat(ws.findings(P5, Code.HL601))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("AD-1"));
        TestWorkspace bad = TestWorkspace.in(tmp.resolve("bad")).file(".handoff.yaml", "mustTrack: [Risks, Rumours]\n");
        assertThat(bad.config().problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'Rumours' is not a handoff category"));
    }
}
