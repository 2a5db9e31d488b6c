package dev.handoffls.rules.tickets;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidMetadataValueTest {
    private static final String TICKET = "_agents/_handoffs/handoff-abacus-router-prototype-20260223.md";

    @TempDir
    Path tmp;

    @Test
    void unknownStatusPriorityAndImpossibleDateEachFireOnTheValue() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                **ID**: handoff-abacus-router-prototype-20260223
                **Status**: wip
                **Priority**: urgent
                **Due date**: 2026-02-30
                """);
        ws.assertFindings(
                TICKET,
                Code.HL403,
                d(1, 12, 1, 15, Code.HL403),
                d(2, 14, 2, 20, Code.HL403),
                d(3, 14, 3, 24, Code.HL403));
    }

    @Test
    void theMessageSuggestsTheNearestStatus() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                **ID**: handoff-abacus-router-prototype-20260223
                **Status**: in-prog
                """);
        ws.assertFindings(TICKET, Code.HL403, d(1, 12, 1, 19, Code.HL403));
        assertThat(ws.findings(TICKET, Code.HL403).get(0).message()).contains("'in-progress'");
    }

    @Test
    void frontMatterValuesAreCheckedToo() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                status: wip
                created: 2026-02-30
                ---
                **ID**: handoff-abacus-router-prototype-20260223
                """);
        ws.assertFindings(TICKET, Code.HL403, d(1, 8, 1, 11, Code.HL403), d(2, 9, 2, 19, Code.HL403));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "IN PROGRESS",
                "in_progress",
                "open (waiting on X)",
                "COMPLETED ✅",
                "**IN PROGRESS**",
                "Blocked",
                "review"
            })
    void statusSpellingsAndCommentaryAreAccepted(String status) {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                **ID**: handoff-abacus-router-prototype-20260223
                **Status**: %s
                """.formatted(status));
        ws.assertFindings(TICKET, Code.HL403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P0", "p3", "High", "critical (prod down)", "**medium**"})
    void knownPrioritiesAreAccepted(String priority) {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                **ID**: handoff-abacus-router-prototype-20260223
                **Status**: open
                **Priority**: %s
                """.formatted(priority));
        ws.assertFindings(TICKET, Code.HL403);
    }

    @Test
    void textThatIsNotDateLikeAndTextAfterADateAreLeftAlone() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                **ID**: handoff-abacus-router-prototype-20260223
                **Status**: IN PROGRESS (waiting on Gemini)
                **Priority**: P1
                **Due date**: 2026-02-21 (24 hours post-creation)
                **Created**: Feb 20 EOD
                """);
        ws.assertFindings(TICKET, Code.HL403);
    }

    @Test
    void aTimestampAfterARealDateIsFine() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                date: 2026-02-20T11:53:41+01:00
                status: open
                due: Feb 21 EOD
                ---
                **ID**: handoff-abacus-router-prototype-20260223
                """);
        ws.assertFindings(TICKET, Code.HL403);
    }

    @Test
    void configuredStatusValuesReplaceTheDefaults() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(".handoff.yaml", "statusValues: [todo, doing, done]\n")
                .file(TICKET, """
                        **ID**: handoff-abacus-router-prototype-20260223
                        **Status**: Doing
                        """)
                .file("_agents/_handoffs/handoff-other-20260223.md", """
                        **ID**: handoff-other-20260223
                        **Status**: open
                        """);
        ws.assertFindings(TICKET, Code.HL403);
        ws.assertFindings("_agents/_handoffs/handoff-other-20260223.md", Code.HL403, d(1, 12, 1, 16, Code.HL403));
        assertThat(ws.findings("_agents/_handoffs/handoff-other-20260223.md", Code.HL403)
                        .get(0)
                        .message())
                .contains("todo, doing, done");
    }

    @Test
    void documentsThatAreNotTicketsAreNotChecked() {
        String notes = "notes/router.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(notes, """
                **Status**: wip
                **Priority**: urgent
                """);
        ws.assertFindings(notes, Code.HL403);
    }
}
