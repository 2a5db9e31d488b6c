package dev.handoffls.features.fixes;

import static dev.handoffls.features.fixes.FixTesting.assertIdempotent;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

public class StructureFixesTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String L2_2 = ".agent/teams/alpha/phase-2/coordinator/L2-summary.md";
    private static final String PT = ".agent/teams/alpha/permanent-task.md";

    @TempDir
    Path tmp;

    private static String template(String eol) {
        return String.join(
                        eol,
                        "## Downstream Handoff",
                        "",
                        "### Decisions Made (Forward-binding)",
                        "- None",
                        "",
                        "### Risks Identified (Must-Track)",
                        "- None",
                        "",
                        "### Interface Contracts (Must-Satisfy)",
                        "- None",
                        "",
                        "### Constraints (Must-Enforce)",
                        "- None",
                        "",
                        "### Open Questions (Requires Resolution)",
                        "- None",
                        "",
                        "### Artifacts Produced",
                        "- None")
                + eol;
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n"})
    void hl101AppendsTheTemplateAfterABlankLineInTheDocumentsLineEnding(String eol) {
        String text = "# Phase 3 Summary\nChose event sourcing.\n".replace("\n", eol);
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, text);
        QuickFix fix = only(ws, L2, Code.HL101);
        assertThat(fix.edits()).isEqualTo(Map.of(L2, List.of(te(2, 0, 2, 0, eol + template(eol)))));
        assertThat(fix.safe()).isFalse();
        assertThat(fix.preferred()).isTrue();
        String after = assertIdempotent(ws, fix, L2);
        assertThat(after).isEqualTo(text + eol + template(eol));
        assertThat(ws.findings(L2, Code.HL101, Code.HL102, Code.HL103, Code.HL105))
                .isEmpty();
    }

    @Test
    void hl101StartsANewLineWhenTheFileHasNoFinalNewline() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, "# Phase 3 Summary\nChose event sourcing.");
        assertThat(only(ws, L2, Code.HL101).edits())
                .isEqualTo(Map.of(L2, List.of(te(1, 21, 1, 21, "\n\n" + template("\n")))));
    }

    private static final String MISSING_CATEGORIES = """
            # Phase 3
            ## Downstream Handoff

            ### Risks Identified (Must-Track)
            - [R-1] Webhook retries can double-charge.

            ### Open Questions (Requires Resolution)
            - [OQ-1] Single DB or multi-tenant?
            """;

    @Test
    void hl102IsNotSafeWhenTheL2EndsInsideAnUnclosedCodeFence() {
        // Found by SafeFixPropertyTest: the categories would land inside the code block, the finding
        // would stay, and check --fix would insert them again on every pass.
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, MISSING_CATEGORIES + "\n```sh\nmake deploy\n");
        QuickFix fix = only(ws, L2, Code.HL102);
        assertThat(fix.edits().get(L2)).isNotEmpty();
        assertThat(fix.safe()).as("offered, but not applied unattended").isFalse();
    }

    @Test
    void hl102IsSafeAfterAClosedCodeFence() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, MISSING_CATEGORIES + "\n```sh\nmake deploy\n```\n");
        QuickFix fix = only(ws, L2, Code.HL102);
        assertThat(fix.edits().get(L2)).contains(te(12, 0, 12, 0, "\n### Artifacts Produced\n- None\n"));
        assertThat(fix.safe()).isTrue();
        assertIdempotent(ws, fix, L2);
        assertThat(ws.findings(L2, Code.HL102)).isEmpty();
    }

    @Test
    void hl102GivesEachHeadingTheLevelOfTheCategoryItFollows() {
        // A level-3 heading after the level-4 Risks would take in '#### Retry budget', and R-2 with it
        // (HL202: a Risk under Interface Contracts).
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Modules talk through events.
                ### Notes
                #### Risks Identified (Must-Track)
                - [R-1] Webhook retries can double-charge.
                #### Retry budget
                - [R-2] Three tries, then the dead-letter queue.
                """);
        QuickFix fix = only(ws, L2, Code.HL102);
        String inserted = "#### Interface Contracts (Must-Satisfy)\n- None\n#### Constraints (Must-Enforce)\n- None\n"
                + "#### Open Questions (Requires Resolution)\n- None\n#### Artifacts Produced\n- None\n";
        assertThat(fix.edits()).isEqualTo(Map.of(L2, List.of(te(7, 0, 7, 0, inserted))));
        assertThat(fix.safe()).isTrue();
        assertIdempotent(ws, fix, L2);
        assertThat(ws.findings(L2, Code.HL102, Code.HL202)).isEmpty();
    }

    @Test
    void hl102IsNotSafeWhereAHeadingInsideAListItemEndsTheSection() {
        // SafeFixPropertyTest at 100k tries (try 14,304): '  -' makes '[IC-1]' a setext heading of level
        // 2 inside the list item, which ends the section there; the categories inserted before it would
        // split the list, and the next [IC-1] would join their '- None' list under Open Questions (HL202).
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # L2 Summary — Phase 3
                ## Downstream Handoff
                ### Artifacts Produced
                ### Interface Contracts (Must-Satisfy)
                - [IC-1]
                  -
                - [IC-1]
                ### Risks Identified (Must-Track)
                ### Decisions Made (Forward-binding)
                """);
        QuickFix fix = only(ws, L2, Code.HL102);
        String first = "### Decisions Made (Forward-binding)\n- None\n### Risks Identified (Must-Track)\n- None\n";
        String afterContracts =
                "### Constraints (Must-Enforce)\n- None\n### Open Questions (Requires Resolution)\n- None\n";
        assertThat(fix.edits()).isEqualTo(Map.of(L2, List.of(te(2, 0, 2, 0, first), te(4, 0, 4, 0, afterContracts))));
        assertThat(fix.safe()).as("offered, but not applied unattended").isFalse();
    }

    @Test
    void hl102IsNotSafeWhereItsCategoriesWouldTakeInItemsOfNone() {
        // SafeFixPropertyTest at 100k tries (try 17,630), shrunk: the same cut; the inserted Artifacts
        // would take in the item after it, which was under no category, and check its path (HL303).
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # L2 Summary — Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                ### Risks Identified (Must-Track)
                ### Interface Contracts (Must-Satisfy)
                - [IC-1]
                  -
                - [IC-1] crewai-service/api_healer.py
                ### Constraints (Must-Enforce)
                ### Open Questions (Requires Resolution)
                ### Artifacts Produced
                """);
        QuickFix fix = only(ws, L2, Code.HL102);
        String inserted = "### Constraints (Must-Enforce)\n- None\n### Open Questions (Requires Resolution)\n- None\n"
                + "### Artifacts Produced\n- None\n";
        assertThat(fix.edits()).isEqualTo(Map.of(L2, List.of(te(5, 0, 5, 0, inserted))));
        assertThat(fix.safe()).as("offered, but not applied unattended").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n"})
    void hl102InsertsEachMissingCategoryWhereTheCanonicalOrderPutsIt(String eol) {
        String text = MISSING_CATEGORIES.replace("\n", eol);
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, text);
        QuickFix fix = only(ws, L2, Code.HL102);
        assertThat(fix.edits())
                .isEqualTo(Map.of(
                        L2,
                        List.of(
                                te(3, 0, 3, 0, "### Decisions Made (Forward-binding)" + eol + "- None" + eol + eol),
                                te(
                                        5,
                                        0,
                                        5,
                                        0,
                                        eol + "### Interface Contracts (Must-Satisfy)" + eol + "- None" + eol + eol
                                                + "### Constraints (Must-Enforce)" + eol + "- None" + eol),
                                te(8, 0, 8, 0, eol + "### Artifacts Produced" + eol + "- None" + eol))));
        assertThat(fix.safe()).isTrue();
        String after = assertIdempotent(ws, fix, L2);
        assertThat(after).isEqualTo("""
                # Phase 3
                ## Downstream Handoff

                ### Decisions Made (Forward-binding)
                - None

                ### Risks Identified (Must-Track)
                - [R-1] Webhook retries can double-charge.

                ### Interface Contracts (Must-Satisfy)
                - None

                ### Constraints (Must-Enforce)
                - None

                ### Open Questions (Requires Resolution)
                - [OQ-1] Single DB or multi-tenant?

                ### Artifacts Produced
                - None
                """.replace("\n", eol));
        assertThat(ws.findings(L2, Code.HL102, Code.HL105)).isEmpty();
    }

    @Test
    void hl102FollowsASectionWrittenWithoutBlankLines() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                ### Constraints (Must-Enforce)
                - None
                ### Open Questions
                - None
                ### Artifacts Produced
                - None""");
        QuickFix fix = only(ws, L2, Code.HL102);
        assertThat(fix.edits())
                .isEqualTo(
                        Map.of(
                                L2,
                                List.of(
                                        te(
                                                4,
                                                0,
                                                4,
                                                0,
                                                "### Risks Identified (Must-Track)\n- None\n### Interface Contracts (Must-Satisfy)\n- None\n"))));
    }

    @Test
    void hl103MovesTheSectionVerbatimToTheEnd() {
        String text = """
                # Phase 3 Summary
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X 🚀

                ## Notes
                Worker reports are in L3.
                """;
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, text);
        QuickFix fix = only(ws, L2, Code.HL103);
        assertThat(fix.edits())
                .isEqualTo(Map.of(
                        L2,
                        List.of(
                                te(1, 0, 5, 0, ""),
                                te(
                                        7,
                                        0,
                                        7,
                                        0,
                                        "\n## Downstream Handoff\n### Decisions Made (Forward-binding)\n"
                                                + "- [AD-1] Event-driven pattern for Module X 🚀\n"))));
        assertThat(fix.safe()).isTrue();
        assertThat(assertIdempotent(ws, fix, L2)).isEqualTo("""
                # Phase 3 Summary
                ## Notes
                Worker reports are in L3.

                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X 🚀
                """);
        assertThat(ws.findings(L2, Code.HL103)).isEmpty();
    }

    @Test
    void hl105ReordersTheCategoriesKeepingEachOnesTextAndTheBlankLines() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Risks Identified (Must-Track)
                - [R-1] Webhook retries can double-charge.

                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                #### Rationale
                Fewer moving parts.

                ### Artifacts Produced
                - L3: `L3-full/`
                """);
        QuickFix fix = only(ws, L2, Code.HL105);
        String body = """
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                #### Rationale
                Fewer moving parts.

                ### Risks Identified (Must-Track)
                - [R-1] Webhook retries can double-charge.

                ### Artifacts Produced
                - L3: `L3-full/`""";
        assertThat(fix.edits()).isEqualTo(Map.of(L2, List.of(te(2, 0, 11, 16, body))));
        assertThat(fix.safe()).isTrue();
        assertThat(assertIdempotent(ws, fix, L2)).isEqualTo("# Phase 3\n## Downstream Handoff\n" + body + "\n");
        assertThat(ws.findings(L2, Code.HL105)).isEmpty();
    }

    /** SafeFixPropertyTest at 100k tries (try 973): a category repeated last, ending in a code block left open. */
    public static final String REPEATED_CATEGORY_IN_OPEN_CODE = """
            # L2 Summary — Phase 3
            ## Downstream Handoff
            ### Decisions Made (Forward-binding)
            ### Risks Identified (Must-Track)
            ### Interface Contracts (Must-Satisfy)
            ### Constraints (Must-Enforce)
            ### Open Questions (Requires Resolution)
            ### Artifacts Produced
            ### Decisions Made (Forward-binding)
            ~~~
            ```
            """;

    @Test
    void hl105IsNotSafeWhenItWouldMoveACodeBlockLeftOpenAboveOtherCategories() {
        // Moved up, the open '~~~' block would swallow Risks … Artifacts: HL102 would insert them again,
        // HL105 move the block again, and check --fix alternate the two until its pass limit.
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, REPEATED_CATEGORY_IN_OPEN_CODE);
        QuickFix fix = only(ws, L2, Code.HL105);
        String reordered = "### Decisions Made (Forward-binding)\n### Decisions Made (Forward-binding)\n~~~\n```\n"
                + "### Risks Identified (Must-Track)\n### Interface Contracts (Must-Satisfy)\n"
                + "### Constraints (Must-Enforce)\n### Open Questions (Requires Resolution)\n### Artifacts Produced";
        assertThat(fix.edits()).isEqualTo(Map.of(L2, List.of(te(2, 0, 10, 3, reordered))));
        assertThat(fix.safe()).as("offered, but not applied unattended").isFalse();
    }

    @Test
    void hl103IsNotSafeWhenTheL2EndsInsideAnUnclosedCodeFence() {
        // Appended after the open fence, the section would be code: HL101 instead of HL103.
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3 Summary
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X

                ## Notes
                ```sh
                make deploy
                """);
        QuickFix fix = only(ws, L2, Code.HL103);
        String moved = "\n## Downstream Handoff\n### Decisions Made (Forward-binding)\n"
                + "- [AD-1] Event-driven pattern for Module X\n";
        assertThat(fix.edits()).isEqualTo(Map.of(L2, List.of(te(1, 0, 5, 0, ""), te(8, 0, 8, 0, moved))));
        assertThat(fix.safe()).as("offered, but not applied unattended").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n"})
    void hl106NumbersTheItemsWithoutIdsFromTheScopesNextFreeId(String eol) {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(L2_2, "# Phase 2\n## Downstream Handoff\n### Decisions Made\n- [AD-3] Use Kafka\n")
                .file(L2, """
                        # Phase 3
                        ## Downstream Handoff
                        ### Decisions Made (Forward-binding)
                        - [AD-1] Event-driven pattern
                        - PostgreSQL for persistence
                        - Outbox table for every write
                        """.replace("\n", eol));
        QuickFix fix = only(ws, L2, Code.HL106);
        assertThat(fix.edits()).isEqualTo(Map.of(L2, List.of(te(4, 2, 4, 2, "[AD-4] "), te(5, 2, 5, 2, "[AD-5] "))));
        assertThat(fix.title()).isEqualTo("Number the 2 items AD-4 through AD-5");
        assertThat(fix.safe()).isFalse();
        assertThat(assertIdempotent(ws, fix, L2))
                .contains("- [AD-4] PostgreSQL for persistence" + eol + "- [AD-5] Outbox table for every write" + eol);
        assertThat(ws.findings(L2, Code.HL106)).isEmpty();
    }

    @Test
    void hl108AppendsTheMissingPtSectionsAtLevelTwo() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(PT, """
                # PERMANENT Task — alpha
                ## Architecture Decisions
                - None

                ## Constraints
                - None
                """);
        QuickFix fix = only(ws, PT, Code.HL108);
        assertThat(fix.edits())
                .isEqualTo(
                        Map.of(
                                PT,
                                List.of(
                                        te(
                                                6,
                                                0,
                                                6,
                                                0,
                                                "\n## Risk Registry\n- None\n\n"
                                                        + "## Active Contracts\n- None\n\n## Open Questions\n- None\n\n## Codebase Impact Map\n- None\n"))));
        assertThat(fix.safe()).isTrue();
        assertIdempotent(ws, fix, PT);
        assertThat(ws.findings(PT, Code.HL108)).isEmpty();
    }

    @Test
    void hl108IsNotSafeWhenThePtEndsInsideAnUnclosedCodeFence() {
        // SafeFixPropertyTest at 1,500 tries, shrunk: the appended section would be code (a '~~~' does not
        // close a '```' block), the finding would stay, and check --fix would append it again.
        TestWorkspace ws = TestWorkspace.in(tmp).file(PT, """
                # PERMANENT Task — alpha
                ## Architecture Decisions
                ## Risk Registry
                ## Active Contracts
                ## Constraints
                ## Open Questions
                ```
                ~~~
                """);
        QuickFix fix = only(ws, PT, Code.HL108);
        assertThat(fix.edits()).isEqualTo(Map.of(PT, List.of(te(8, 0, 8, 0, "\n## Codebase Impact Map\n- None\n"))));
        assertThat(fix.safe()).as("offered, but not applied unattended").isFalse();
    }

    @Test
    void hl108UsesLevelThreeInAnExportedCrlfPt() {
        String text =
                "## [PERMANENT] — PT-v2\r\n### Architecture Decisions\r\n- None\r\n### Risk Registry\r\n- None\r\n"
                        + "### Active Contracts\r\n- None\r\n### Constraints\r\n- None\r\n";
        TestWorkspace ws = TestWorkspace.in(tmp).file(PT, text);
        QuickFix fix = only(ws, PT, Code.HL108);
        assertThat(fix.edits())
                .isEqualTo(Map.of(
                        PT,
                        List.of(te(
                                9,
                                0,
                                9,
                                0,
                                "\r\n### Open Questions\r\n- None\r\n\r\n### Codebase Impact Map\r\n- None\r\n"))));
        assertIdempotent(ws, fix, PT);
        assertThat(ws.findings(PT, Code.HL108)).isEmpty();
    }
}
