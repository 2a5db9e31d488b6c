package dev.handoffls.rules.tickets;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DueBeforeCreatedTest {
    private static final String TICKET = "_agents/_handoffs/handoff-chaos-injection-20260224.md";

    @TempDir
    Path tmp;

    @Test
    void aDueDateBeforeTheCreatedDateIsReportedOnTheDueValue() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                **ID**: handoff-chaos-injection-20260224
                **Created**: 2026-02-21
                **Due date**: 2026-02-19
                """);
        ws.assertFindings(TICKET, Code.HL405, d(2, 14, 2, 24, Code.HL405));
        assertThat(ws.findings(TICKET, Code.HL405).get(0).related())
                .extracting(RelatedLocation::range)
                .containsExactly(Range.of(1, 13, 1, 23));
    }

    @Test
    void frontMatterDatesAreComparedWithBodyDates() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                date: 2026-02-21
                status: open
                ---
                **ID**: handoff-chaos-injection-20260224
                **Due**: 2026-02-20 EOD
                """);
        ws.assertFindings(TICKET, Code.HL405, d(5, 9, 5, 23, Code.HL405));
    }

    @Test
    void aDueDateAfterTheCreatedDateDoesNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                date: "2026-02-19"
                status: open
                ---
                **ID**: handoff-chaos-injection-20260224
                **Due date**: 2026-02-21 (24 hours post-creation)
                """);
        ws.assertFindings(TICKET, Code.HL405);
    }

    @Test
    void theSameDayDoesNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                **ID**: handoff-chaos-injection-20260224
                **Created**: 2026-02-21T09:00:00Z
                **Due date**: 2026-02-21
                """);
        ws.assertFindings(TICKET, Code.HL405);
    }

    @Test
    void onlyRealDatesAreCompared() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                **ID**: handoff-chaos-injection-20260224
                **Created**: 2026-02-30
                **Due date**: Feb 21 EOD
                """);
        ws.assertFindings(TICKET, Code.HL405);
    }
}
