package dev.handoffls.rules.ids;

import static dev.handoffls.testing.TestWorkspace.d;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateIdTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";

    @TempDir
    Path tmp;

    @Test
    void reportsTheLaterOfTwoDefinitionsInOneDocument() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - [R-1] Webhook retries can double-charge.
                - [R-1] Token expiry during checkout.
                """);
        ws.assertFindings(L2, Code.HL203, d(4, 3, 4, 6, Code.HL203));
    }

    @Test
    void distinctIdsDoNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - [R-1] Webhook retries can double-charge.
                - [R-2] Token expiry during checkout, see R-1.
                """);
        ws.assertFindings(L2, Code.HL203);
    }
}
