package dev.handoffls.rules.tickets;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MissingMetadataTest {
    private static final String TICKET = "_agents/_handoffs/handoff-telegram-alerts-20260222.md";

    @TempDir
    Path tmp;

    @Test
    void aMissingAssigneeIsReportedOnTheFirstHeading() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                # Wire Telegram alerts into the healer

                **Task ID**: handoff-telegram-alerts-20260222
                **Priority**: high
                **Status**: in_progress
                """);
        ws.assertFindings(TICKET, Code.HL402, d(0, 0, 0, 38, Code.HL402));
        assertThat(ws.findings(TICKET, Code.HL402).get(0).message()).contains("assignee");
    }

    @Test
    void eachMissingFactIsItsOwnFinding() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                Some preamble.

                ## Wire Telegram alerts

                **Assigned to**: grok
                """);
        ws.assertFindings(TICKET, Code.HL402, d(2, 0, 2, 23, Code.HL402), d(2, 0, 2, 23, Code.HL402));
        assertThat(ws.findings(TICKET, Code.HL402))
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("ticket states no id"))
                .anySatisfy(m -> assertThat(m).contains("ticket states no status"));
    }

    @Test
    void withoutAHeadingTheLineAfterTheFrontMatterIsUsed() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                status: open
                ---
                **ID**: handoff-telegram-alerts-20260222
                """);
        ws.assertFindings(TICKET, Code.HL402, d(3, 0, 3, 40, Code.HL402));
    }

    @Test
    void anyFileNameCountsWithFrontMatterStatusAndABodyId() {
        String path = "notes/telegram-alerts.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(path, """
                ---
                status: open
                ---
                # Wire Telegram alerts

                **ID**: handoff-telegram-alerts-20260222
                """);
        ws.assertFindings(path, Code.HL402, d(3, 0, 3, 22, Code.HL402));
    }

    @Test
    void aHandoffFileNameAloneDoesNotMakeATicket() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                # Notes on the Telegram handoff

                **Priority**: high
                """);
        ws.assertFindings(TICKET, Code.HL402);
    }

    @Test
    void ticketLinesOutsideAHandoffFileNameDoNotMakeATicket() {
        String path = "notes/telegram-alerts.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(path, """
                # Wire Telegram alerts

                **ID**: handoff-telegram-alerts-20260222
                """);
        ws.assertFindings(path, Code.HL402);
    }

    @ParameterizedTest
    @ValueSource(strings = {"completed", "COMPLETED", "Cancelled", "superseded", "**Superseded**"})
    void finishedTicketsNeedNoMoreFacts(String status) {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                # Wire Telegram alerts into the healer

                **Task ID**: handoff-telegram-alerts-20260222
                **Status**: %s
                """.formatted(status));
        ws.assertFindings(TICKET, Code.HL402);
    }

    @Test
    void frontMatterThatDoesNotParseSilencesTheRule() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                status: [open
                ---
                # Wire Telegram alerts into the healer

                **Task ID**: handoff-telegram-alerts-20260222
                """);
        ws.assertFindings(TICKET, Code.HL402);
        assertThat(ws.findings(TICKET, Code.HL401)).hasSize(1);
    }

    @Test
    void factsInTheColonInsideBoldFormCount() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                # Wire Telegram alerts into the healer

                **ID:** handoff-telegram-alerts-20260222
                **Status:** open
                **Assigned to:** grok
                """);
        ws.assertFindings(TICKET, Code.HL402);
    }

    @Test
    void taskIdAndToStateTheIdAndAssignee() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                # Wire Telegram alerts into the healer

                **Task ID**: handoff-telegram-alerts-20260222
                **To:** grok
                **Priority**: high
                **Status**: in_progress
                """);
        ws.assertFindings(TICKET, Code.HL402);
    }

    @Test
    void frontMatterKeysStateTheFacts() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                id: handoff-telegram-alerts-20260222
                status: open
                assignee: grok
                ---
                # Wire Telegram alerts into the healer
                """);
        ws.assertFindings(TICKET, Code.HL402);
    }
}
