package dev.handoffls.rules.tickets;

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

class StatusMismatchTest {
    private static final String TICKET = "handoffs/handoff-api-healer-deploy-russell-20260218.md";

    @TempDir
    Path tmp;

    @Test
    void disagreeingStatusesAreReportedOnTheBodyValue() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                status: "open"
                ---
                # Deploy api_healer.py

                **ID**: handoff-api-healer-deploy-russell-20260218
                **Status**: completed
                """);
        ws.assertFindings(TICKET, Code.HL404, d(6, 12, 6, 21, Code.HL404));
        Finding f = ws.findings(TICKET, Code.HL404).get(0);
        assertThat(f.related())
                .extracting(RelatedLocation::path, RelatedLocation::range)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TICKET, Range.of(1, 8, 1, 14)));
        assertThat(f.message()).contains("'completed'").contains("'open'");
    }

    @Test
    void theSameStatusWrittenDifferentlyAgrees() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                status: in_progress
                ---
                # Deploy api_healer.py

                **ID**: handoff-api-healer-deploy-russell-20260218
                **Status**: **IN PROGRESS**
                """);
        ws.assertFindings(TICKET, Code.HL404);
    }

    @Test
    void anInvalidBodyValueIsLeftToHl403() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                status: open
                ---
                **ID**: handoff-api-healer-deploy-russell-20260218
                **Status**: wip
                """);
        ws.assertFindings(TICKET, Code.HL404);
        ws.assertFindings(TICKET, Code.HL403, d(4, 12, 4, 15, Code.HL403));
    }

    @Test
    void anInvalidFrontMatterValueIsLeftToHl403() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                status: wip
                ---
                **ID**: handoff-api-healer-deploy-russell-20260218
                **Status**: open
                """);
        ws.assertFindings(TICKET, Code.HL404);
    }

    @Test
    void aStatusStatedInOnePlaceCannotDisagree() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                status: open
                ---
                **ID**: handoff-api-healer-deploy-russell-20260218
                **Assigned to**: russell
                """);
        ws.assertFindings(TICKET, Code.HL404);
    }
}
