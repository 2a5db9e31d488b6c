package dev.handoffls.rules.ids;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestatedDefinitionTest {
    private static final String P3 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String P4 = ".agent/teams/alpha/phase-4/planning-coord/L2-summary.md";
    private static final String PT = ".agent/teams/alpha/permanent-task.md";
    private static final String STATEMENT =
            "Circular dependency X↔Y↔Z via interface adapter. Must be resolved in planning.";

    @TempDir
    Path tmp;

    private static String risks(String phase, String item) {
        return "# " + phase + "\n## Downstream Handoff\n### Risks Identified (Must-Track)\n" + item + "\n";
    }

    private TestWorkspace phase3() {
        return TestWorkspace.in(tmp).file(P3, risks("Phase 3", "- [R-1] " + STATEMENT));
    }

    @Test
    void aVerbatimCopyInALaterPhaseIsAHintOnTheCopy() {
        TestWorkspace ws = phase3().file(P4, risks("Phase 4", "- [R-1] " + STATEMENT));
        ws.assertFindings(P4, Code.HL205, d(3, 3, 3, 6, Code.HL205));
        ws.assertFindings(P3, Code.HL205);
        ws.assertFindings(P4, Code.HL204);
        var f = ws.findings(P4, Code.HL205).get(0);
        assertThat(f.severity()).isEqualTo(Severity.HINT);
        assertThat(f.related()).containsExactly(new RelatedLocation(P3, Range.of(3, 3, 3, 6), "origin of R-1"));
    }

    @Test
    void aReferenceInsteadOfADefinitionDoesNotFire() {
        TestWorkspace ws = phase3().file(P4, """
                # Phase 4
                ## Plan
                Task T-4 breaks the cycle behind R-1 by moving the adapter into Module Z.
                """);
        ws.assertFindings(P4, Code.HL205);
    }

    @Test
    void aDifferentStatementIsAConflictNotARestatement() {
        TestWorkspace ws = phase3().file(P4, risks("Phase 4", "- [R-1] X depends on Y."));
        ws.assertFindings(P4, Code.HL205);
    }

    @Test
    void theVerbatimCopyInThePtIsExpected() {
        TestWorkspace ws = phase3().file(
                        PT,
                        "# PERMANENT Task\n## Risk Registry\n- [R-1] " + STATEMENT
                                + " <!-- source: phase-3/coordinator/L2-summary.md -->\n");
        ws.assertFindings(PT, Code.HL205);
        ws.assertFindings(P3, Code.HL205);
    }

    @Test
    void aCopyInAnotherPipelineIsNotARestatement() {
        String beta = ".agent/teams/beta/phase-4/coordinator/L2-summary.md";
        TestWorkspace ws = phase3().file(beta, risks("Phase 4", "- [R-1] " + STATEMENT));
        ws.assertFindings(beta, Code.HL205);
    }

    @Test
    void everyLaterCopyIsReportedAgainstTheOrigin() {
        String p5 = ".agent/teams/alpha/phase-5/coordinator/L2-summary.md";
        TestWorkspace ws = phase3().file(P4, risks("Phase 4", "- [R-1] " + STATEMENT))
                .file(p5, risks("Phase 5", "- [R-1] " + STATEMENT));
        ws.assertFindings(p5, Code.HL205, d(3, 3, 3, 6, Code.HL205));
        assertThat(ws.findings(p5, Code.HL205).get(0).related())
                .extracting(RelatedLocation::path)
                .containsExactly(P3);
    }
}
