package dev.handoffls.rules.ids;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdGapTest {
    private static final String P3 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String P4 = ".agent/teams/alpha/phase-4/planning-coord/L2-summary.md";

    @TempDir
    Path tmp;

    private static String decisions(String phase, String items) {
        return "# " + phase + "\n## Downstream Handoff\n### Decisions Made (Forward-binding)\n" + items + "\n";
    }

    private TestWorkspace oneAndThree() {
        return TestWorkspace.in(tmp).file(P3, decisions("Phase 3", """
                - [AD-1] Event-driven pattern for Module X
                - [AD-3] Outbox table for cross-module events"""));
    }

    @Test
    void firesOnTheIdRightAfterTheGap() {
        TestWorkspace ws = oneAndThree();
        ws.assertFindings(P3, Code.HL206, d(4, 3, 4, 7, Code.HL206));
        assertThat(ws.findings(P3, Code.HL206).get(0).message()).contains("AD-2");
    }

    @Test
    void aWiderGapIsOneFindingNamingEveryMissingId() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(P3, decisions("Phase 3", """
                - [AD-1] Event-driven pattern for Module X
                - [AD-4] Outbox table for cross-module events
                - [AD-5] PostgreSQL for persistence"""));
        ws.assertFindings(P3, Code.HL206, d(4, 3, 4, 7, Code.HL206));
        assertThat(ws.findings(P3, Code.HL206).get(0).message())
                .contains("AD-2")
                .contains("AD-3");
    }

    @Test
    void aGapFilledByAnotherFileOfThePipelineDoesNotFire() {
        TestWorkspace ws = oneAndThree().file(P4, decisions("Phase 4", "- [AD-2] PostgreSQL selected for persistence"));
        ws.assertFindings(P3, Code.HL206);
        ws.assertFindings(P4, Code.HL206);
    }

    @Test
    void aMereReferenceDoesNotFillTheGap() {
        TestWorkspace ws = oneAndThree().file(P4, """
                # Phase 4
                ## Plan
                AD-2 was dropped at the gate; see AD-1 and AD-3.
                """);
        ws.assertFindings(P3, Code.HL206, d(4, 3, 4, 7, Code.HL206));
    }

    @Test
    void anIdOfAnotherPipelineDoesNotFillTheGap() {
        String beta = ".agent/teams/beta/phase-3/coordinator/L2-summary.md";
        TestWorkspace ws =
                oneAndThree().file(beta, decisions("Phase 3", "- [AD-2] PostgreSQL selected for persistence"));
        ws.assertFindings(P3, Code.HL206, d(4, 3, 4, 7, Code.HL206));
        ws.assertFindings(beta, Code.HL206);
    }

    @Test
    void contiguousIdsAndALoneHigherStartDoNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(P3, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                - [AD-2] Outbox table for cross-module events
                ### Risks Identified (Must-Track)
                - [R-4] Retry storms when the upstream API rate-limits
                """);
        ws.assertFindings(P3, Code.HL206);
    }

    @Test
    void theGapIsReportedOnlyAtTheOriginOfTheIdAfterIt() {
        TestWorkspace ws =
                oneAndThree().file(P4, decisions("Phase 4", "- [AD-3] Outbox table for cross-module events"));
        ws.assertFindings(P3, Code.HL206, d(4, 3, 4, 7, Code.HL206));
        ws.assertFindings(P4, Code.HL206);
    }

    @Test
    void canBeTurnedOffInTheConfiguration() {
        TestWorkspace ws = oneAndThree().file(".handoff.yaml", "severity: {HL206: off}\n");
        ws.assertFindings(P3, Code.HL206);
    }
}
