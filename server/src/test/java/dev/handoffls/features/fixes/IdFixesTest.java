package dev.handoffls.features.fixes;

import static dev.handoffls.features.fixes.FixTesting.assertIdempotent;
import static dev.handoffls.features.fixes.FixTesting.fixes;
import static dev.handoffls.features.fixes.FixTesting.only;
import static dev.handoffls.features.fixes.FixTesting.te;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdFixesTest {
    private static final String L2_3 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String L2_4 = ".agent/teams/alpha/phase-4/coordinator/L2-summary.md";

    @TempDir
    Path tmp;

    @Test
    void hl201RewritesABracketedTokenAsTheSuggestedId() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2_3, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD01] Event-driven pattern for Module X
                """);
        QuickFix fix = only(ws, L2_3, Code.HL201);
        assertThat(fix.edits()).isEqualTo(Map.of(L2_3, List.of(te(3, 3, 3, 7, "AD-1"))));
        assertThat(fix.title()).isEqualTo("Rewrite 'AD01' as AD-1");
        assertThat(fix.safe()).isTrue();
        assertThat(assertIdempotent(ws, fix, L2_3)).contains("- [AD-1] Event-driven pattern for Module X");
        assertThat(ws.findings(L2_3, Code.HL201)).isEmpty();
    }

    @Test
    void hl201BracketsAnUnbracketedAttemptAndUsesTheNextFreeIdWithoutANumber() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2_3, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - AD1: Event-driven pattern for Module X
                - [AD-] Outbox table for every write
                - [AD-2] Single writer
                """);
        List<QuickFix> all = fixes(ws, L2_3, Code.HL201);
        assertThat(all)
                .extracting(QuickFix::edits)
                .containsExactly(
                        Map.of(L2_3, List.of(te(3, 2, 3, 7, "[AD-1] "))),
                        Map.of(L2_3, List.of(te(4, 3, 4, 6, "AD-3"))));
        assertThat(all).extracting(QuickFix::safe).containsExactly(true, false);
        assertThat(assertIdempotent(ws, all.get(0), L2_3)).contains("- [AD-1] Event-driven pattern for Module X");
    }

    @Test
    void hl201IsNotSafeWhenTheSuggestedIdIsTakenInTheDocument() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2_3, """
                # Phase 3
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - [R-1] Webhook retries can double-charge.
                - [RISK-1] Token expiry during checkout.
                """);
        QuickFix fix = only(ws, L2_3, Code.HL201);
        assertThat(fix.edits()).isEqualTo(Map.of(L2_3, List.of(te(4, 3, 4, 9, "R-1"))));
        assertThat(fix.safe()).isFalse();
    }

    @Test
    void hl201IsNotSafeWhenTheRewrittenIdWouldSitUnderAnotherCategory() {
        // SafeFixPropertyTest at 100k tries (try 15,474), shrunk: under Decisions are a team's
        // convention (information); R-1 under Interface Contracts would end it, and make both errors (HL202).
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2_3, """
                # L2 Summary — Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                ### Risks Identified (Must-Track)
                ### Decisions Made (Forward-binding)
                - [R-2]
                - [R-3]
                ### Interface Contracts (Must-Satisfy)
                - [R-01] Interface Contracts (Must-Satisfy)
                """);
        QuickFix fix = only(ws, L2_3, Code.HL201);
        assertThat(fix.edits()).isEqualTo(Map.of(L2_3, List.of(te(8, 3, 8, 7, "R-1"))));
        assertThat(fix.safe()).as("offered, but not applied unattended").isFalse();
    }

    @Test
    void hl201IsNotSafeWhenTheRewrittenIdWouldEndATeamsConvention() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2_3, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [R-2] Events between modules.
                - [R-3] One writer per table.
                ### Risks Identified (Must-Track)
                - [R-01] Webhook retries can double-charge.
                """);
        QuickFix fix = only(ws, L2_3, Code.HL201);
        assertThat(fix.edits()).isEqualTo(Map.of(L2_3, List.of(te(6, 3, 6, 7, "R-1"))));
        assertThat(fix.safe()).isFalse();
    }

    @Test
    void hl202RenumbersToTheCategorysNextFreeIdInTheScope() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(L2_4, "# Phase 4\n## Downstream Handoff\n### Decisions Made\n- [AD-2] Keep events immutable\n")
                .file(L2_3, """
                        # Phase 3
                        ## Downstream Handoff
                        ### Decisions Made (Forward-binding)
                        - [AD-1] Event-driven pattern for Module X
                        - [R-3] Outbox table for every write
                        """);
        QuickFix fix = only(ws, L2_3, Code.HL202);
        assertThat(fix.edits()).isEqualTo(Map.of(L2_3, List.of(te(4, 3, 4, 6, "AD-3"))));
        assertThat(fix.safe()).isFalse();
        assertIdempotent(ws, fix, L2_3);
        assertThat(ws.findings(L2_3, Code.HL202)).isEmpty();
    }

    @Test
    void hl203RenumbersTheLaterDuplicate() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2_3, """
                # Phase 3
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - [R-1] Webhook retries can double-charge.
                - [R-1] Token expiry during checkout.
                """);
        QuickFix fix = only(ws, L2_3, Code.HL203);
        assertThat(fix.edits()).isEqualTo(Map.of(L2_3, List.of(te(4, 3, 4, 6, "R-2"))));
        assertThat(assertIdempotent(ws, fix, L2_3)).contains("- [R-2] Token expiry during checkout.");
        assertThat(ws.findings(L2_3, Code.HL203)).isEmpty();
    }

    @Test
    void hl204ReplacesTheStatementAfterAnEmojiWithTheOrigins() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(
                        L2_3,
                        "# Phase 3\n## Downstream Handoff\n### Decisions Made\n- [AD-1] Event-driven pattern for Module X\n")
                .file(L2_4, """
                        # Phase 4 🚀
                        ## Downstream Handoff
                        ### Decisions Made (Forward-binding)
                        - [AD-1] Events 🚀 for X
                        """);
        QuickFix fix = only(ws, L2_4, Code.HL204);
        assertThat(fix.edits()).isEqualTo(Map.of(L2_4, List.of(te(3, 9, 3, 24, "Event-driven pattern for Module X"))));
        assertThat(fix.safe()).isFalse();
        assertThat(assertIdempotent(ws, fix, L2_4)).contains("- [AD-1] Event-driven pattern for Module X\n");
        assertThat(ws.findings(L2_4, Code.HL204)).isEmpty();
    }

    @Test
    void hl204ReplacesAStatementContinuedOnTheNextLine() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(
                        L2_3,
                        "# Phase 3\n## Downstream Handoff\n### Risks\n- [R-1] Circular dependency X↔Y↔Z via interface adapter.\n")
                .file(L2_4, """
                        # Phase 4
                        ## Downstream Handoff
                        ### Risks Identified (Must-Track)
                        - **R-1**: X and Y depend
                          on each other.
                        """);
        QuickFix fix = only(ws, L2_4, Code.HL204);
        assertThat(fix.edits())
                .isEqualTo(Map.of(L2_4, List.of(te(3, 11, 4, 16, "Circular dependency X↔Y↔Z via interface adapter."))));
    }

    @Test
    void hl207AddsTheBracketsDroppingSeparatorAndBold() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2_3, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - AD-1: Event-driven pattern for Module X
                - **AD-2** — Outbox table for every write
                - **AD-3: Single writer.**
                """);
        List<QuickFix> all = fixes(ws, L2_3, Code.HL207);
        // One finding for the category; its fix brackets every item at once.
        assertThat(all)
                .extracting(QuickFix::edits)
                .containsExactly(Map.of(
                        L2_3,
                        List.of(te(3, 2, 3, 8, "[AD-1] "), te(4, 2, 4, 13, "[AD-2] "), te(5, 2, 5, 10, "[AD-3] **"))));
        assertThat(all).allMatch(QuickFix::safe);
        String after = FixTesting.apply(
                ws.document(L2_3).text().text(),
                all.stream().flatMap(f -> f.edits().get(L2_3).stream()).toList());
        assertThat(after).contains("""
                - [AD-1] Event-driven pattern for Module X
                - [AD-2] Outbox table for every write
                - [AD-3] **Single writer.**
                """);
        ws.file(L2_3, after);
        assertThat(ws.findings(L2_3, Code.HL207)).isEmpty();
        assertThat(ws.document(L2_3).definitions())
                .extracting(d -> d.statement())
                .containsExactly(
                        "Event-driven pattern for Module X", "Outbox table for every write", "**Single writer.**");
    }
}
