package dev.handoffls.rules.refs;

import static dev.handoffls.testing.TestWorkspace.d;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingHandoffRefTest {
    private static final String DIR = "_agents/_handoffs/";
    private static final String TICKET = DIR + "handoff-api-healer-consolidated-russell-20260220.md";
    private static final String EXISTING = DIR + "archive/handoff-api-artifacts-russell-20260217.md";

    @TempDir
    Path tmp;

    @Test
    void reportsATicketNameWithNoSuchFile() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(EXISTING, "# Artifacts\n").file(TICKET, """
                **This Handoff Consolidates:**
                1. `handoff-api-artifacts-russell-20260217.md` (Deploy debug patches)
                2. `handoff-api-fixes-20260217.md` (Resolve API errors)
                """);
        ws.assertFindings(TICKET, Code.HL307, d(2, 4, 2, 33, Code.HL307));
    }

    @Test
    void aTicketFoundByNameAnywhereInTheWorkspaceDoesNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(EXISTING, "# Artifacts\n").file(TICKET, """
                Supersedes handoff-api-artifacts-russell-20260217.md.
                """);
        ws.assertFindings(TICKET, Code.HL307);
    }

    @Test
    void decisionFileNamesAndPatternsAreNotHandoffRefs() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                Protocol: decision-011-handoff-protocol.md.
                Numbered like `handoff-0001-...md` or handoff-0002-….md.
                New tickets are named `handoff-{topic}-{assignee}-YYYYMMDD.md`.
                """);
        ws.assertFindings(TICKET, Code.HL307);
    }

    @Test
    void aMissingTicketInATaskIsOnlyHl307() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                - [ ] Verify handoff-x.md
                - [x] Write handoff-y.md
                """);
        ws.assertFindings(TICKET, Code.HL307, d(0, 13, 0, 25, Code.HL307), d(1, 12, 1, 24, Code.HL307));
        ws.assertFindings(TICKET, Code.HL303);
        ws.assertFindings(TICKET, Code.HL304);
        ws.assertFindings(TICKET, Code.HL305);
    }

    @Test
    void aMissingTicketInALinkIsOnlyHl307() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                Follows [the old ticket](handoff-x.md).
                """);
        ws.assertFindings(TICKET, Code.HL307, d(0, 25, 0, 37, Code.HL307));
        ws.assertFindings(TICKET, Code.HL303);
    }
}
