package dev.handoffls.rules.ids;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.rules.Finding;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedIdRuleTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";

    @TempDir
    Path tmp;

    /** An L2 whose only item is {@code - ITEM} on line 3 under the given category heading (line 2). */
    private TestWorkspace l2(String category, String item) {
        return TestWorkspace.in(tmp)
                .file(L2, "# Phase 3\n## Downstream Handoff\n### " + category + "\n- " + item + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "[AD1] Event-driven pattern    | Decisions Made (Forward-binding) | 3 | 6 | AD-1",
                "[ad-1] Event-driven pattern   | Decisions Made (Forward-binding) | 3 | 7 | AD-1",
                "[AD-01] Event-driven pattern  | Decisions Made (Forward-binding) | 3 | 8 | AD-1",
                "[AD-1a] Event-driven pattern  | Decisions Made (Forward-binding) | 3 | 8 | AD-1",
                "[AD -1] Event-driven pattern  | Decisions Made (Forward-binding) | 3 | 8 | AD-1",
                "[ADR-1] Event-driven pattern  | Decisions Made (Forward-binding) | 3 | 8 | AD-1",
                "[RISK-2] Token expiry         | Risks Identified (Must-Track)    | 3 | 9 | R-2",
                "\"[AD-1 ] Event-driven pattern\" | Decisions Made (Forward-binding) | 3 | 8 | AD-1",
                "AD1: Event-driven pattern     | Decisions Made (Forward-binding) | 2 | 5 | AD-1",
                "ad-1: Event-driven pattern    | Decisions Made (Forward-binding) | 2 | 6 | AD-1",
                "r1: Token expiry              | Risks Identified (Must-Track)    | 2 | 4 | R-1",
                "**AD1:** Event-driven pattern | Decisions Made (Forward-binding) | 4 | 7 | AD-1",
                "OQ-1a: Single DB?             | Open Questions                   | 2 | 7 | OQ-1",
            })
    void reportsTheTokenAndProposesTheWellFormedId(String item, String category, int start, int end, String fix) {
        TestWorkspace ws = l2(category, item);
        ws.assertFindings(L2, Code.HL201, d(3, start, 3, end, Code.HL201));
        assertThat(ws.findings(L2, Code.HL201).get(0).message()).contains("write " + fix);
    }

    @Test
    void aHyphenWithoutANumberProposesTheNextFreeId() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern
                - [AD-2] PostgreSQL for persistence
                - [AD-] Outbox table
                """);
        ws.assertFindings(L2, Code.HL201, d(5, 3, 5, 6, Code.HL201));
        assertThat(ws.findings(L2, Code.HL201).get(0).message()).contains("AD-3");
    }

    @Test
    void aMalformedItemDefinesNothing() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-01] Event-driven pattern
                """);
        assertThat(ws.document(L2).definitions()).isEmpty();
        assertThat(ws.index().scopeOf(ws.document(L2)).isDefined("AD-1")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "[AD] Event-driven pattern",
                "[TODO] Event-driven pattern",
                "[P0] Event-driven pattern",
                "[CONS-1] Event-driven pattern",
                "[AD-1] Event-driven pattern [AD1] [ADR-2]",
                "Event-driven pattern [AD1]",
            })
    void textThatIsNotAnAttemptAtAnIdDoesNotFire(String item) {
        l2("Decisions Made (Forward-binding)", item).assertFindings(L2, Code.HL201);
    }

    @Test
    void anUnbracketedAliasIsATeamsOwnNumberingSoTheCategoryLacksIds() {
        TestWorkspace ws = l2("Risks Identified (Must-Track)", "RISK-2: Token expiry during checkout");
        ws.assertFindings(L2, Code.HL201);
        ws.assertFindings(L2, Code.HL207);
        ws.assertFindings(L2, Code.HL106, d(2, 0, 2, 33, Code.HL106));
    }

    @Test
    void bracketedTokensOutsideAHandoffCategoryDoNotFire() {
        TestWorkspace ws =
                TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Notes
                - [AD1] was the old wiki's numbering
                [ADR-1] and [ad-1] in a paragraph

                ### Decisions Made (Forward-binding)
                - [AD-01] a decisions heading outside the handoff section
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern
                  - [AD-02] a nested item belongs to its parent
                ### Artifacts Produced
                - [AD1] `L1-index.yaml`
                """).file(".agent/teams/alpha/phase-3/coordinator/L1-index.yaml", "");
        ws.assertFindings(L2, Code.HL201);
    }

    @Test
    void fiveBadItemsGiveFiveFindingsInOrder() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-01] Event-driven pattern
                - [ADR-2] PostgreSQL for persistence
                ### Risks Identified (Must-Track)
                - R1: Circular dependency X↔Y↔Z
                ### Interface Contracts (Must-Satisfy)
                - [ic-1] Module A exports processEvent
                ### Open Questions (Requires Resolution)
                - [OQ1] Single DB or multi-tenant?
                """);
        ws.assertFindings(
                L2,
                Code.HL201,
                d(3, 3, 3, 8, Code.HL201),
                d(4, 3, 4, 8, Code.HL201),
                d(6, 2, 6, 4, Code.HL201),
                d(8, 3, 8, 7, Code.HL201),
                d(10, 3, 10, 6, Code.HL201));
        List<String> messages =
                ws.findings(L2, Code.HL201).stream().map(Finding::message).toList();
        assertThat(messages.get(0)).contains("AD-1");
        assertThat(messages.get(1)).contains("AD-2");
        assertThat(messages.get(2)).contains("R-1");
        assertThat(messages.get(3)).contains("IC-1");
        assertThat(messages.get(4)).contains("OQ-1");
    }

    @Test
    void aPtRegistryItemIsADefinitionPositionToo() {
        String pt = ".agent/teams/alpha/permanent-task.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(pt, """
                # PERMANENT Task
                ## Architecture Decisions
                - [AD-01] Event-driven pattern
                """);
        ws.assertFindings(pt, Code.HL201, d(2, 3, 2, 8, Code.HL201));
    }
}
