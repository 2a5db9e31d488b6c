package dev.handoffls.features.fixes;

import static dev.handoffls.features.fixes.FixTesting.apply;
import static dev.handoffls.features.fixes.FixTesting.fixes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trail's quick fixes: carry forward or close (HL601), copy at consolidation (HL602), successor (HL603). */
class TrailFixesTest {
    private static final String P3 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String P3_WORKER = ".agent/teams/alpha/phase-3/worker-2/L2-summary.md";
    private static final String P5 = ".agent/teams/alpha/phase-5/coordinator/L2-summary.md";
    private static final String P3_TEXT = """
            ## Downstream Handoff
            ### Risks Identified (Must-Track)
            - [R-1] Circular dependency X↔Y↔Z via interface adapter.
            ### Open Questions (Requires Resolution)
            - None
            """;
    private static final String P5_TEXT = "# Phase 5\r\n## Downstream Handoff\r\n### Risks Identified (Must-Track)\r\n"
            + "- [R-4] Load test not yet run.\r\n\r\n### Artifacts Produced\r\n- None\r\n";

    @TempDir
    Path tmp;

    @Test
    void aDroppedItemIsForwardedWithItsStatementOrClosedWithAReasonToWrite() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(P3, P3_TEXT).file(P5, P5_TEXT);
        List<QuickFix> all = fixes(ws, P5, Code.HL601);
        assertThat(all)
                .extracting(QuickFix::title)
                .containsExactly(
                        "Forward R-1 to the next phase",
                        "Close R-1 as resolved (write why)",
                        "Drop R-1 on purpose (write why)");
        assertThat(all).allMatch(f -> !f.safe());
        String forwarded = apply(P5_TEXT, all.get(0).edits().get(P5));
        assertThat(forwarded)
                .isEqualTo("# Phase 5\r\n## Downstream Handoff\r\n### Risks Identified (Must-Track)\r\n"
                        + "- [R-4] Load test not yet run.\r\n- Forwarded: R-1 — Circular dependency X↔Y↔Z via interface adapter.\r\n"
                        + "\r\n### Artifacts Produced\r\n- None\r\n");
        ws.file(P5, forwarded);
        ws.assertFindings(P5, Code.HL601);
    }

    @Test
    void aWorkersItemIsCopiedVerbatimIntoTheCoordinatorsCategory() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(P3, P3_TEXT).file(P3_WORKER, """
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - [R-3] The fixture data is stale
                  since the January export.
                """);
        List<QuickFix> all = fixes(ws, P3, Code.HL602);
        assertThat(all).singleElement().satisfies(f -> assertThat(f.safe()).isTrue());
        String after = apply(P3_TEXT, all.get(0).edits().get(P3));
        assertThat(after).isEqualTo("""
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - [R-1] Circular dependency X↔Y↔Z via interface adapter.
                - [R-3] The fixture data is stale
                  since the January export.
                ### Open Questions (Requires Resolution)
                - None
                """);
        ws.file(P3, after);
        ws.assertFindings(P3, Code.HL602);
    }

    @Test
    void aReferenceToASupersededIdTurnsIntoItsSuccessor() {
        String p4 = ".agent/teams/alpha/phase-4/coordinator/L2-summary.md";
        String directive = ".agent/teams/alpha/phase-6/directive.md";
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(P3, "## Downstream Handoff\n### Decisions Made\n- [AD-1] Events\n- [AD-7] Outbox\n")
                .file(p4, "## Downstream Handoff\n- Superseded: AD-1 by AD-7\n- Dropped: AD-7 — no, kept\n")
                .file(directive, "Keep AD-1 in mind.\n");
        List<QuickFix> all = fixes(ws, directive, Code.HL603);
        assertThat(all).extracting(QuickFix::title).containsExactly("Refer to AD-7 instead");
        assertThat(apply("Keep AD-1 in mind.\n", all.get(0).edits().get(directive)))
                .isEqualTo("Keep AD-7 in mind.\n");
    }
}
