package dev.handoffls.features.fixes;

import static dev.handoffls.features.fixes.FixTesting.applyTo;
import static dev.handoffls.features.fixes.FixTesting.assertIdempotent;
import static dev.handoffls.features.fixes.FixTesting.only;
import static dev.handoffls.features.fixes.FixTesting.te;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PtFixesTest {
    private static final String L2_3 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String PT = ".agent/teams/alpha/permanent-task.md";
    private static final String ORIGIN = """
            # Phase 3
            ## Downstream Handoff
            ### Decisions Made (Forward-binding)
            - [AD-1] Event-driven 🚀 pattern
            - [AD-2] Outbox table for every write
            ### Risks Identified (Must-Track)
            - [R-1] Circular dependency X↔Y↔Z via interface adapter.
            """;

    @TempDir
    Path tmp;

    private static Finding finding(String path, Range range, Code code) {
        return new Finding(path, range, code, Severity.WARNING, "msg", List.of());
    }

    @Test
    void hl311PointsTheAnnotationAfterAnEmojiAtTheOrigin() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2_3, ORIGIN).file(PT, """
                # PERMANENT Task — alpha
                ## Architecture Decisions
                - [AD-1] Event-driven 🚀 pattern <!-- source: phase-2/coordinator/L2-summary.md -->
                """);
        QuickFix fix = only(ws, PT, Code.HL311);
        assertThat(fix.edits()).isEqualTo(Map.of(PT, List.of(te(2, 46, 2, 79, "phase-3/coordinator/L2-summary.md"))));
        assertThat(fix.safe()).isTrue();
        assertIdempotent(ws, fix, PT);
        assertThat(ws.findings(PT, Code.HL311)).isEmpty();
    }

    @Test
    void hl502RestoresTheStatementKeepingTheAnnotation() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2_3, ORIGIN).file(PT, """
                # PERMANENT Task — alpha
                ## Architecture Decisions
                - [AD-2] Outbox table for all writes <!-- source: phase-3/coordinator/L2-summary.md -->
                """);
        Finding f = finding(PT, Range.of(2, 3, 2, 7), Code.HL502);
        List<QuickFix> fixes = FixTesting.ownFixes(ws, PT, f);
        assertThat(fixes).hasSize(1);
        assertThat(fixes.get(0).edits())
                .isEqualTo(Map.of(PT, List.of(te(2, 9, 2, 36, "Outbox table for every write"))));
        assertThat(fixes.get(0).safe()).isFalse();
        String after = applyTo(ws, fixes.get(0), PT);
        assertThat(after)
                .contains("- [AD-2] Outbox table for every write <!-- source: phase-3/coordinator/L2-summary.md -->\n");
        assertThat(FixTesting.ownFixes(ws, PT, f)).isEmpty();
    }

    @Test
    void hl502AddsAMissingAnnotationAndRepointsAWrongOne() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2_3, ORIGIN).file(PT, """
                # PERMANENT Task — alpha
                ## Risk Registry
                - [R-1] Circular dependency
                ## Architecture Decisions
                - [AD-2] Outbox for writes <!-- source: phase-4/coordinator/L2-summary.md -->
                """);
        QuickFix risk = FixTesting.ownFixes(ws, PT, finding(PT, Range.of(2, 3, 2, 6), Code.HL502))
                .get(0);
        assertThat(risk.edits())
                .isEqualTo(
                        Map.of(
                                PT,
                                List.of(
                                        te(
                                                2,
                                                8,
                                                2,
                                                27,
                                                "Circular dependency X↔Y↔Z via interface adapter. <!-- source: phase-3/coordinator/L2-summary.md -->"))));
        QuickFix decision = FixTesting.ownFixes(ws, PT, finding(PT, Range.of(4, 3, 4, 7), Code.HL502))
                .get(0);
        assertThat(decision.edits())
                .isEqualTo(Map.of(
                        PT,
                        List.of(
                                te(4, 9, 4, 26, "Outbox table for every write"),
                                te(4, 40, 4, 73, "phase-3/coordinator/L2-summary.md"))));
        String after = applyTo(ws, risk, PT);
        assertThat(after)
                .contains("- [R-1] Circular dependency X↔Y↔Z via interface adapter. "
                        + "<!-- source: phase-3/coordinator/L2-summary.md -->\n");
        assertThat(FixTesting.ownFixes(ws, PT, finding(PT, Range.of(2, 3, 2, 6), Code.HL502)))
                .isEmpty();
    }

    @Test
    void hl305UnchecksTheTaskOnAnEmojiLine() {
        String l2 = ".agent/teams/alpha/phase-4/coordinator/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(l2, """
                # Phase 4 🚀
                - [x] Create `docs/runbook.md` 🚀 with the rollback steps
                """);
        QuickFix fix = only(ws, l2, Code.HL305);
        assertThat(fix.edits()).isEqualTo(Map.of(l2, List.of(te(1, 2, 1, 5, "[ ]"))));
        assertThat(fix.safe()).isFalse();
        assertThat(assertIdempotent(ws, fix, l2)).contains("- [ ] Create `docs/runbook.md` 🚀 with the rollback steps");
        assertThat(ws.findings(l2, Code.HL305)).isEmpty();
    }
}
