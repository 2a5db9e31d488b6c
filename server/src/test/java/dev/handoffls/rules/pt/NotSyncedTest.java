package dev.handoffls.rules.pt;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.rules.Finding;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotSyncedTest {
    private static final String TEAM = ".agent/teams/alpha/";
    private static final String L2 = TEAM + "phase-3/coordinator/L2-summary.md";
    private static final String L2_4 = TEAM + "phase-4/planning-coord/L2-summary.md";
    private static final String PT = TEAM + "permanent-task.md";
    private static final String OQ_1 = "[OQ-1] Single DB or multi-tenant? (blocks P6 database layer implementation)";
    private static final String PT_TEXT = """
            # PERMANENT Task — alpha
            ## Architecture Decisions
            - [AD-1] Event-driven pattern for Module X <!-- source: phase-3/coordinator/L2-summary.md -->
            ## Open Questions
            - None
            """;

    @TempDir
    Path tmp;

    private static String l2(String syncLine, String... items) {
        return "# Phase 3 Summary\n## Downstream Handoff\n" + syncLine
                + "### Decisions Made (Forward-binding)\n- [AD-1] Event-driven pattern for Module X\n"
                + "### Open Questions (Requires Resolution)\n" + String.join("", items);
    }

    @Test
    void anItemThePtLacksIsInformationUntilTheL2SaysSynced() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(PT, PT_TEXT).file(L2, l2("", "- " + OQ_1 + "\n"));
        ws.assertFindings(L2, Code.HL501, d(5, 3, 5, 7, Code.HL501));
        Finding f = ws.findings(L2, Code.HL501).get(0);
        assertThat(f.severity()).isEqualTo(Severity.INFORMATION);
        assertThat(f.message()).contains("OQ-1").contains(PT).contains("Sync to PT");
        assertThat(f.related())
                .extracting(RelatedLocation::path, RelatedLocation::range)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PT, Range.of(3, 0, 3, 17)));
    }

    @Test
    void aSyncMarkMakesItAWarning() {
        TestWorkspace ws =
                TestWorkspace.in(tmp).file(PT, PT_TEXT).file(L2, l2("PT-synced: ✅ 2026-02-11\n", "- " + OQ_1 + "\n"));
        ws.assertFindings(L2, Code.HL501, d(6, 3, 6, 7, Code.HL501));
        Finding f = ws.findings(L2, Code.HL501).get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).contains("PT-synced").contains("2026-02-11");
    }

    @Test
    void theConfiguredSeverityWinsOverTheSyncMark() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "severity: {HL501: hint}\n")
                .file(PT, PT_TEXT)
                .file(L2, l2("PT-synced: ✅ 2026-02-11\n", "- " + OQ_1 + "\n"));
        assertThat(ws.findings(L2, Code.HL501)).extracting(Finding::severity).containsExactly(Severity.HINT);
    }

    @Test
    void anItemThePtHoldsIsSyncedEvenIfParaphrased() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(PT, PT_TEXT.replace("- None", "- [OQ-1] DB question"))
                .file(L2, l2("PT-synced: ✅ 2026-02-11\n", "- " + OQ_1 + "\n"));
        ws.assertFindings(L2, Code.HL501);
    }

    @Test
    void silentWithoutAPtAndWithTwo() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, l2("", "- " + OQ_1 + "\n"));
        ws.assertFindings(L2, Code.HL501);
        ws.file(PT, PT_TEXT).file(TEAM + "PT.md", PT_TEXT);
        ws.assertFindings(L2, Code.HL501);
    }

    @Test
    void everyL2DefiningTheIdIsToldButNotTheLaterDuplicateNorAConflict() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(PT, PT_TEXT)
                .file(L2, l2("", "- " + OQ_1 + "\n"))
                .file(L2_4, """
                        # Phase 4 Summary
                        ## Downstream Handoff
                        ### Open Questions (Requires Resolution)
                        - [OQ-1] Single DB or **multi-tenant**? (blocks P6 database layer implementation)
                        - [OQ-2] Which region first?
                        - [OQ-2] Which region launches first?
                        ### Risks Identified (Must-Track)
                        - [R-1] X depends on Y.
                        """)
                .file(TEAM + "phase-3/worker-1/L2-summary.md", """
                        # Worker
                        ## Downstream Handoff
                        ### Risks Identified (Must-Track)
                        - [R-1] Circular dependency X↔Y↔Z via interface adapter.
                        """);
        ws.assertFindings(L2, Code.HL501, d(5, 3, 5, 7, Code.HL501));
        // OQ-1 restated verbatim (emphasis aside): told too; the second OQ-2 is HL203; R-1 conflicts (HL204).
        ws.assertFindings(L2_4, Code.HL501, d(3, 3, 3, 7, Code.HL501), d(4, 3, 4, 7, Code.HL501));
        ws.assertFindings(TEAM + "phase-3/worker-1/L2-summary.md", Code.HL501, d(3, 3, 3, 6, Code.HL501));
    }

    @Test
    void anUnbracketedItemIsReportedOnItsIdToken() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(PT, PT_TEXT).file(L2, l2("", "- OQ-1: Single DB?\n"));
        ws.assertFindings(L2, Code.HL501, d(5, 2, 5, 6, Code.HL501));
    }
}
