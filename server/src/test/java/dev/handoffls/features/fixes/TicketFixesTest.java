package dev.handoffls.features.fixes;

import static dev.handoffls.features.fixes.FixTesting.applyTo;
import static dev.handoffls.features.fixes.FixTesting.assertIdempotent;
import static dev.handoffls.features.fixes.FixTesting.fixes;
import static dev.handoffls.features.fixes.FixTesting.only;
import static dev.handoffls.features.fixes.FixTesting.te;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.codes.Severity;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketFixesTest {
    private static final String TICKET = "handoffs/handoff-api-healer-deploy-russell-20260218.md";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n"})
    void hl402InsertsTheMissingKeyAfterTheLastMetadataLine(String eol) {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                # Deploy api_healer.py

                **ID**: handoff-api-healer-deploy-russell-20260218
                **Status**: open
                **Priority**: high

                ## Task
                Deploy it.
                """.replace("\n", eol));
        QuickFix fix = only(ws, TICKET, Code.HL402);
        assertThat(fix.edits()).isEqualTo(Map.of(TICKET, List.of(te(5, 0, 5, 0, "**Assigned to**: " + eol))));
        assertThat(fix.title()).isEqualTo("Insert '**Assigned to**:'");
        assertThat(fix.safe()).isFalse();
        assertThat(assertIdempotent(ws, fix, TICKET))
                .contains("**Priority**: high" + eol + "**Assigned to**: " + eol + eol);
    }

    @Test
    void hl402FollowsTheColonInsideBoldListForm() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                # Deploy api_healer.py
                - **ID:** handoff-api-healer-deploy-russell-20260218
                - **Assigned to:** Russell
                """);
        QuickFix fix = only(ws, TICKET, Code.HL402);
        assertThat(fix.edits()).isEqualTo(Map.of(TICKET, List.of(te(3, 0, 3, 0, "- **Status:** open\n"))));
        assertIdempotent(ws, fix, TICKET);
        assertThat(ws.findings(TICKET, Code.HL402)).isEmpty();
    }

    @Test
    void hl402InsertsAfterTheFirstHeadingWhenTheBodyHasNoMetadataLines() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                status: open
                ---
                # Deploy api_healer.py
                Deploy it.
                """);
        List<QuickFix> all = fixes(ws, TICKET, Code.HL402);
        assertThat(all)
                .extracting(QuickFix::edits)
                .containsExactlyInAnyOrder(
                        Map.of(
                                TICKET,
                                List.of(te(3, 22, 3, 22, "\n\n**ID**: handoff-api-healer-deploy-russell-20260218\n"))),
                        Map.of(TICKET, List.of(te(3, 22, 3, 22, "\n\n**Assigned to**: \n"))));
    }

    @Test
    void hl403ReplacesTheStatusWordKeepingBoldAndCommentary() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                # Deploy api_healer.py
                **ID**: handoff-api-healer-deploy-russell-20260218
                **Status**: **opne** (waiting on Russell)
                **Assigned to**: Russell
                **Priority**: hgh
                """);
        List<QuickFix> all = fixes(ws, TICKET, Code.HL403);
        assertThat(all)
                .extracting(QuickFix::edits)
                .containsExactly(
                        Map.of(TICKET, List.of(te(2, 14, 2, 18, "open"))),
                        Map.of(TICKET, List.of(te(4, 14, 4, 17, "high"))));
        assertThat(all).allMatch(QuickFix::safe);
        assertThat(assertIdempotent(ws, all.get(0), TICKET)).contains("**Status**: **open** (waiting on Russell)");
    }

    @Test
    void hl403IsNotSafeForAFarValueAndOffersTheMonthsLastDayForAnImpossibleDate() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                # Deploy api_healer.py
                **ID**: handoff-api-healer-deploy-russell-20260218
                **Status**: WIP
                **Assigned to**: Russell
                **Due date**: 2026-02-30
                """);
        List<QuickFix> all = fixes(ws, TICKET, Code.HL403);
        assertThat(all).hasSize(2);
        assertThat(all.get(0).edits().get(TICKET)).extracting(e -> e.range()).containsExactly(Range.of(2, 12, 2, 15));
        assertThat(all.get(0).safe()).isFalse();
        assertThat(all.get(1).edits().get(TICKET))
                .extracting(e -> e.range(), e -> e.newText())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Range.of(4, 14, 4, 24), "2026-02-28"));
        assertThat(all.get(1).safe()).isFalse();
    }

    @Test
    void hl404OffersBothDirections() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                status: "open"
                ---
                # Deploy api_healer.py

                **ID**: handoff-api-healer-deploy-russell-20260218
                **Status**: Completed ✅
                """);
        List<QuickFix> all = fixes(ws, TICKET, Code.HL404);
        assertThat(all)
                .extracting(QuickFix::title)
                .containsExactly(
                        "Set the body status to 'open' (as the front matter)",
                        "Set the front matter status to 'completed' (as the body)");
        assertThat(all)
                .extracting(QuickFix::edits)
                .containsExactly(
                        Map.of(TICKET, List.of(te(6, 12, 6, 21, "open"))),
                        Map.of(TICKET, List.of(te(1, 9, 1, 13, "completed"))));
        assertThat(all).noneMatch(QuickFix::safe).noneMatch(QuickFix::preferred);
        assertThat(applyTo(ws, all.get(1), TICKET)).startsWith("---\nstatus: \"completed\"\n---");
        assertThat(ws.findings(TICKET, Code.HL404)).isEmpty();
        assertThat(fixes(ws, TICKET, Code.HL404)).isEmpty();
    }

    @Test
    void hl504SetsBothStatusesToSuperseded() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                ---
                status: open
                ---
                # Deploy api_healer.py
                **ID**: handoff-api-healer-deploy-russell-20260218
                **Status**: In Progress (since Monday)
                """);
        Finding f = new Finding(TICKET, Range.of(5, 12, 5, 38), Code.HL504, Severity.INFORMATION, "msg", List.of());
        List<QuickFix> all = FixTesting.ownFixes(ws, TICKET, f);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).edits())
                .isEqualTo(Map.of(TICKET, List.of(te(1, 8, 1, 12, "superseded"), te(5, 12, 5, 23, "superseded"))));
        assertThat(applyTo(ws, all.get(0), TICKET))
                .contains("status: superseded\n")
                .contains("**Status**: superseded (since Monday)");
        assertThat(FixTesting.ownFixes(ws, TICKET, f)).isEmpty();
    }

    @Test
    void hl504InsertsAStatusLineWhenNoneIsWritten() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(TICKET, """
                # Deploy api_healer.py
                **ID**: handoff-api-healer-deploy-russell-20260218
                **Assigned to**: Russell
                """);
        Finding f = new Finding(TICKET, Range.of(0, 0, 0, 22), Code.HL504, Severity.INFORMATION, "msg", List.of());
        QuickFix fix = FixTesting.ownFixes(ws, TICKET, f).get(0);
        assertThat(fix.edits()).isEqualTo(Map.of(TICKET, List.of(te(3, 0, 3, 0, "**Status**: superseded\n"))));
        applyTo(ws, fix, TICKET);
        assertThat(FixTesting.ownFixes(ws, TICKET, f)).isEmpty();
    }
}
