package dev.handoffls.rules.tickets;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.model.FrontMatter;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvalidFrontMatterTest {
    private static final String TICKET = "handoffs/handoff-api-healer-deploy-russell-20260218.md";

    @TempDir
    Path tmp;

    @Test
    void yamlThatDoesNotParseIsReportedAtTheProblemPosition() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                status: open
                notes: deploy: after the commit
                ---
                # Deploy api_healer.py

                **ID**: handoff-api-healer-deploy-russell-20260218
                """);
        // "mapping values are not allowed here": the second colon, to the end of its line.
        ws.assertFindings(TICKET, Code.HL401, d(2, 13, 2, 31, Code.HL401));
    }

    @Test
    void theProblemPositionCountsUtf16UnitsAfterAnEmoji() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                status: open
                notes: \uD83D\uDE80 deploy: now
                ---
                # Deploy api_healer.py
                """);
        ws.assertFindings(TICKET, Code.HL401, d(2, 16, 2, 21, Code.HL401));
    }

    @Test
    void aRepeatedKeyIsReportedOnTheLaterKey() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                status: open
                priority: high
                status: in-progress
                ---
                # Deploy api_healer.py
                """);
        ws.assertFindings(TICKET, Code.HL401, d(3, 0, 3, 6, Code.HL401));
    }

    @Test
    void keysThatDifferOnlyInCaseAreDuplicates() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                status: open
                Status: in-progress
                ---
                # Deploy api_healer.py
                """);
        ws.assertFindings(TICKET, Code.HL401, d(2, 0, 2, 6, Code.HL401));
    }

    @Test
    void aListInsteadOfAMappingIsReportedOnTheBlock() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                - status: open
                - priority: high
                ---
                # Deploy api_healer.py
                """);
        ws.assertFindings(TICKET, Code.HL401, d(1, 0, 3, 0, Code.HL401));
        assertThat(ws.findings(TICKET, Code.HL401).get(0).message()).contains("mapping");
    }

    @Test
    void aSingleValueInsteadOfAMappingIsReportedOnTheValue() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                deploy after the commit
                ---
                # Deploy api_healer.py
                """);
        ws.assertFindings(TICKET, Code.HL401, d(1, 0, 1, 23, Code.HL401));
    }

    @Test
    void validFrontMatterDoesNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                date: 2026-02-19
                status: in-progress
                notes: "Deploy after Gemini's commit: see Timeline"
                ---
                # Deploy api_healer.py
                """);
        ws.assertFindings(TICKET, Code.HL401);
    }

    @Test
    void aLeadingRuleWithoutAClosingRuleIsNotFrontMatter() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                status: open: [unbalanced
                # Deploy api_healer.py

                **ID**: handoff-api-healer-deploy-russell-20260218
                """);
        ws.assertFindings(TICKET, Code.HL401);
        assertThat(ws.document(TICKET).frontMatter()).isEmpty();
    }

    @Test
    void anUnquotedDateStaysText() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                date: 2026-02-19
                status: open
                ---
                # Deploy api_healer.py
                """);
        ws.assertFindings(TICKET, Code.HL401);
        assertThat(ws.document(TICKET).frontMatter().flatMap(fm -> fm.value("date")))
                .contains("2026-02-19");
        assertThat(ws.document(TICKET).frontMatter().map(FrontMatter::parsed)).contains(true);
    }
}
