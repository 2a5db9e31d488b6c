package dev.handoffls.rules.ids;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.rules.Finding;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConflictingDefinitionTest {
    private static final String P3 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String P4 = ".agent/teams/alpha/phase-4/planning-coord/L2-summary.md";
    private static final String PT = ".agent/teams/alpha/permanent-task.md";

    @TempDir
    Path tmp;

    private static String risks(String phase, String item) {
        return "# " + phase + "\n## Downstream Handoff\n### Risks Identified (Must-Track)\n" + item + "\n";
    }

    private TestWorkspace phase3() {
        return TestWorkspace.in(tmp)
                .file(
                        P3,
                        risks(
                                "Phase 3",
                                "- [R-1] Circular dependency X↔Y↔Z via interface adapter. Must be resolved in planning."));
    }

    @Test
    void firesOnTheLaterPhaseWithTheOriginAsRelatedLocation() {
        TestWorkspace ws = phase3().file(P4, risks("Phase 4", "- [R-1] X depends on Y."));
        ws.assertFindings(P4, Code.HL204, d(3, 3, 3, 6, Code.HL204));
        ws.assertFindings(P3, Code.HL204);
        ws.assertFindings(P4, Code.HL205);

        Finding f = ws.findings(P4, Code.HL204).get(0);
        assertThat(f.related()).containsExactly(new RelatedLocation(P3, Range.of(3, 3, 3, 6), "origin of R-1"));
        assertThat(f.message())
                .contains("Circular dependency X↔Y↔Z")
                .contains("X depends on Y.")
                .contains("R-2");
    }

    @Test
    void theOriginIsDecidedByPhaseNotByPathOrder() {
        String p9 = ".agent/teams/alpha/phase-9/coordinator/L2-summary.md";
        String p10 = ".agent/teams/alpha/phase-10/coordinator/L2-summary.md";
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(p9, risks("Phase 9", "- [R-1] Circular dependency X↔Y↔Z."))
                .file(p10, risks("Phase 10", "- [R-1] X depends on Y."));
        ws.assertFindings(p10, Code.HL204, d(3, 3, 3, 6, Code.HL204));
        ws.assertFindings(p9, Code.HL204);
    }

    @Test
    void inOnePhaseTheCoordinatorIsTheOriginBeforeAWorker() {
        String worker = ".agent/teams/alpha/phase-3/a-worker/L2-summary.md";
        TestWorkspace ws = phase3().file(worker, risks("Phase 3 worker", "- [R-1] X depends on Y."));
        ws.assertFindings(worker, Code.HL204, d(3, 3, 3, 6, Code.HL204));
        ws.assertFindings(P3, Code.HL204);
    }

    @Test
    void emphasisAndLineBreaksAreNotAConflict() {
        TestWorkspace ws = phase3().file(P4, risks("Phase 4", """
                - [R-1] **Circular dependency** X↔Y↔Z via   interface adapter.
                  _Must_ be resolved in planning."""));
        ws.assertFindings(P4, Code.HL204);
        ws.assertFindings(P4, Code.HL205, d(3, 3, 3, 6, Code.HL205));
    }

    @Test
    void aPtRestatingDifferentlyIsNotAConflict() {
        TestWorkspace ws = phase3().file(PT, """
                # PERMANENT Task
                ## Risk Registry
                - [R-1] X depends on Y. <!-- source: phase-3/coordinator/L2-summary.md -->
                """);
        ws.assertFindings(PT, Code.HL204);
        ws.assertFindings(P3, Code.HL204);
    }

    @Test
    void aPtDoesNotBecomeTheOriginOfALaterL2() {
        TestWorkspace ws =
                TestWorkspace.in(tmp).file(PT, """
                        # PERMANENT Task
                        ## Risk Registry
                        - [R-1] X depends on Y.
                        """).file(P4, risks("Phase 4", "- [R-1] Circular dependency X↔Y↔Z."));
        ws.assertFindings(P4, Code.HL204);
    }

    @Test
    void theSameIdInAnotherPipelineIsADifferentId() {
        String beta = ".agent/teams/beta/phase-4/coordinator/L2-summary.md";
        TestWorkspace ws = phase3().file(beta, risks("Phase 4", "- [R-1] X depends on Y."));
        ws.assertFindings(beta, Code.HL204);
    }

    @Test
    void aDuplicateInsideTheOriginDocumentIsNotAlsoAConflict() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(P3, risks("Phase 3", """
                - [R-1] Circular dependency X↔Y↔Z.
                - [R-1] X depends on Y."""));
        ws.assertFindings(P3, Code.HL204);
        ws.assertFindings(P3, Code.HL203, d(4, 3, 4, 6, Code.HL203));
    }
}
