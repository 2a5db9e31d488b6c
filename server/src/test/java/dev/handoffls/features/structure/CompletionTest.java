package dev.handoffls.features.structure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.Cursor;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionTest {
    private static final String P3 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String P4 = ".agent/teams/alpha/phase-4/coordinator/L2-summary.md";
    private static final String PT = ".agent/teams/alpha/permanent-task.md";
    private static final String TICKET = "handoffs/handoff-deploy-healer.md";
    private static final String P4_TEXT = """
            # Phase 4 🚀
            ## Plan
            PLAN
            ## Downstream Handoff
            ### Decisions Made (Forward-binding)
            - [AD-10] Use the outbox 数据库 table
            ITEM
            ### Risks Identified (Must-Track)
            - [R-2] Retry storms
            ### Artifacts Produced
            - L1: `ARTIFACT`
            """;

    @TempDir
    Path tmp;

    private TestWorkspace alpha() {
        return TestWorkspace.in(tmp)
                .file(P3, """
                        # Phase 3
                        ## Downstream Handoff
                        ### Decisions Made (Forward-binding)
                        - [AD-1] Event-driven pattern for Module X
                        - [AD-2] PostgreSQL for persistence
                        """)
                .file(".agent/teams/alpha/phase-3/coordinator/L1-index.yaml", "")
                .file("crewai-service/main.py", "")
                .file("crewai-service/utils/helpers.py", "");
    }

    /** Completions with the cursor-marked text written at {@code path} in the workspace. */
    private static List<CompletionItem> complete(TestWorkspace ws, String path, Cursor c) {
        ws.file(path, c.text());
        return Completion.at(ws.index(), ws.document(path), c.position());
    }

    /** The phase-4 L2 with one placeholder filled (PLAN, ITEM or ARTIFACT); an unused ITEM line is dropped. */
    private static Cursor p4(String placeholder, String replacement) {
        String text = placeholder.equals("ITEM") ? P4_TEXT : P4_TEXT.replace("ITEM\n", "");
        return Cursor.of(text.replace(placeholder, replacement));
    }

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::label).toList();
    }

    // ---- (a) the next free ID --------------------------------------------------------------------

    @Test
    void afterABracketOpeningAnItemTheNextFreeIdOfTheCategory() {
        assertThat(complete(alpha(), P4, p4("ITEM", "- [|]")))
                .containsExactly(new CompletionItem(
                        "AD-11",
                        "AD-11] ",
                        "next free ID of Decisions Made (Forward-binding)",
                        "AD-1 … AD-10 are taken in this scope.",
                        CompletionKind.NEXT_ID,
                        Range.of(6, 3, 6, 4)));
    }

    @Test
    void theNextFreeIdInACrlfDocumentAndACategoryWithoutIdsYet() {
        Cursor c = Cursor.of(P4_TEXT.replace("ITEM\n", "")
                .replace("- [R-2] Retry storms", "- [|")
                .replace("\n", "\r\n"));
        assertThat(complete(alpha(), P4, c))
                .containsExactly(new CompletionItem(
                        "R-1",
                        "R-1] ",
                        "next free ID of Risks Identified (Must-Track)",
                        "No R ID is defined in this scope yet.",
                        CompletionKind.NEXT_ID,
                        Range.of(7, 3, 7, 3)));
    }

    @Test
    void inAPtRegistrySectionWithAPartialIdTyped() {
        Cursor c = Cursor.of("# PERMANENT Task\n## Open Questions\n- [OQ-1] Single DB?\n1. [OQ-|\n");
        assertThat(complete(alpha(), PT, c))
                .containsExactly(new CompletionItem(
                        "OQ-2",
                        "OQ-2] ",
                        "next free ID of Open Questions",
                        "OQ-1 … OQ-1 are taken in this scope.",
                        CompletionKind.NEXT_ID,
                        Range.of(3, 4, 3, 7)));
    }

    @Test
    void aBracketInTheArtifactsOrOutsideAnItemProposesNoId() {
        assertThat(complete(alpha(), P4, p4("ARTIFACT`", "`\n- [|"))).isEmpty();
        assertThat(complete(alpha(), P4, p4("PLAN", "- [|"))).isEmpty();
    }

    // ---- (b) the scope's IDs ---------------------------------------------------------------------

    @Test
    void aPrefixLetterProposesEveryIdOfThePrefixInNumberOrderWithItsStatement() {
        List<CompletionItem> items = complete(alpha(), P4, p4("PLAN", "See 🚀 A|"));
        assertThat(labels(items)).containsExactly("AD-1", "AD-2", "AD-10");
        assertThat(items.get(0))
                .isEqualTo(new CompletionItem(
                        "AD-1",
                        "AD-1",
                        "Event-driven pattern for Module X",
                        "Event-driven pattern for Module X\n\nDefined in `" + P3 + "`",
                        CompletionKind.ID,
                        Range.of(2, 7, 2, 8)));
        assertThat(items.get(2).detail()).isEqualTo("Use the outbox 数据库 table");
    }

    @Test
    void aPartialIdNarrowsToIdsStartingWithIt() {
        assertThat(labels(complete(alpha(), P4, p4("PLAN", "(AD-1|")))).containsExactly("AD-1", "AD-10");
        assertThat(complete(alpha(), P4, p4("PLAN", "(AD-1|")).get(0).replaceRange())
                .isEqualTo(Range.of(2, 1, 2, 5));
        assertThat(labels(complete(alpha(), P4, p4("PLAN", "R|")))).containsExactly("R-2");
    }

    @Test
    void aTeamDefinitionElsewhereInTheScopeIsProposedWithItsStatementAndWhere() {
        TestWorkspace ws = alpha().file(
                        ".agent/teams/alpha/phase-4/planning-coord/L3-full/plan.md",
                        "# Plan\n### AD-7: Outbox relay between modules\n");
        List<CompletionItem> items = complete(ws, P4, p4("PLAN", "See AD-7|"));
        assertThat(items)
                .extracting(CompletionItem::label, CompletionItem::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AD-7", "Outbox relay between modules"));
        assertThat(items.get(0).documentation())
                .contains("Defined by a heading in `.agent/teams/alpha/phase-4/planning-coord/L3-full/plan.md`");
    }

    @Test
    void wordsThatAreNotTheStartOfAnIdProposeNothing() {
        assertThat(complete(alpha(), P4, p4("PLAN", "QA|"))).isEmpty();
        assertThat(complete(alpha(), P4, p4("PLAN", "xA|"))).isEmpty();
        assertThat(complete(alpha(), P4, p4("PLAN", "Ad|"))).isEmpty();
        assertThat(complete(alpha(), P4, p4("PLAN", "see main.|"))).isEmpty();
    }

    // ---- (c) wiki-link note names ------------------------------------------------------------------

    @Test
    void insideDoubleBracketsNoteNamesOncePerNameIgnoringCase() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file("Design Notes.md", "# D\n")
                .file("docs/design notes.md", "# d\n")
                .file("docs/Roadmap 🚀.md", "# R\n")
                .file("docs/data.json", "{}");
        assertThat(complete(ws, "notes/today.md", Cursor.of("# Today\nSee [[des|]] and more\n")))
                .containsExactly(new CompletionItem(
                        "Design Notes",
                        "Design Notes",
                        "Design Notes.md (+1 more)",
                        "",
                        CompletionKind.NOTE,
                        Range.of(1, 6, 1, 9)));
        assertThat(complete(ws, "notes/today.md", Cursor.of("# Today\r\n数据 [[|\r\n")))
                .containsExactly(
                        new CompletionItem(
                                "Design Notes",
                                "Design Notes]]",
                                "Design Notes.md (+1 more)",
                                "",
                                CompletionKind.NOTE,
                                Range.of(1, 5, 1, 5)),
                        new CompletionItem(
                                "Roadmap 🚀",
                                "Roadmap 🚀]]",
                                "docs/Roadmap 🚀.md",
                                "",
                                CompletionKind.NOTE,
                                Range.of(1, 5, 1, 5)),
                        new CompletionItem(
                                "today", "today]]", "notes/today.md", "", CompletionKind.NOTE, Range.of(1, 5, 1, 5)));
    }

    // ---- (d) paths ---------------------------------------------------------------------------------

    @Test
    void inATaskTheNextSegmentOfExistingPathsFromTheWorkspaceRoot() {
        Cursor c = p4("PLAN", "- [ ] Deploy 🚀 crewai-service/|");
        assertThat(complete(alpha(), P4, c))
                .containsExactly(
                        new CompletionItem(
                                "crewai-service/main.py",
                                "crewai-service/main.py",
                                "crewai-service/main.py",
                                "",
                                CompletionKind.FILE,
                                Range.of(2, 16, 2, 31)),
                        new CompletionItem(
                                "crewai-service/utils/",
                                "crewai-service/utils/",
                                "crewai-service/utils/",
                                "",
                                CompletionKind.FOLDER,
                                Range.of(2, 16, 2, 31)));
    }

    @Test
    void inTheArtifactsPathsFromThePipelineFolder() {
        Cursor c = p4("ARTIFACT", "phase-3/co|");
        assertThat(complete(alpha(), P4, c))
                .containsExactly(new CompletionItem(
                        "phase-3/coordinator/",
                        "phase-3/coordinator/",
                        ".agent/teams/alpha/phase-3/coordinator/",
                        "",
                        CompletionKind.FOLDER,
                        Range.of(9, 7, 9, 17)));
        assertThat(labels(complete(alpha(), P4, p4("ARTIFACT", "phase-3/coordinator/L|"))))
                .containsExactly("phase-3/coordinator/L1-index.yaml", "phase-3/coordinator/L2-summary.md");
    }

    @Test
    void pathsRelativeToTheDocumentsFolderComeFirst() {
        TestWorkspace ws = alpha().file(".agent/teams/alpha/phase-4/coordinator/main.py", "");
        assertThat(labels(complete(ws, P4, p4("PLAN", "- [ ] Run ./ma|")))).containsExactly("./main.py");
        assertThat(complete(ws, P4, p4("PLAN", "- [x] Check main.|")))
                .extracting(CompletionItem::detail)
                .containsExactly(".agent/teams/alpha/phase-4/coordinator/main.py");
    }

    // ---- (e) ticket metadata -----------------------------------------------------------------------

    private static final String TICKET_TEXT = """
            ---
            status: FM
            ---
            # Handoff: deploy the healer 🚀
            **ID**: HO-1
            BODY
            """;

    @Test
    void boldAtTheStartOfATicketLineProposesTheKeysNotYetWritten() {
        Cursor c = Cursor.of(TICKET_TEXT.replace("FM", "open").replace("BODY", "**Pri|"));
        List<CompletionItem> items = complete(alpha(), TICKET, c);
        assertThat(labels(items)).containsExactly("Status", "Assigned to", "Priority", "Due date", "Created by");
        assertThat(items.get(2))
                .isEqualTo(new CompletionItem(
                        "Priority", "Priority**: ", "ticket metadata", "", CompletionKind.KEY, Range.of(5, 2, 5, 5)));
    }

    @Test
    void statusAndPriorityValuesInTheBodyAndStatusInFrontMatter() {
        TestWorkspace ws = alpha();
        assertThat(complete(
                        ws, TICKET, Cursor.of(TICKET_TEXT.replace("FM", "open").replace("BODY", "**Priority**: h|"))))
                .containsExactly(
                        new CompletionItem(
                                "critical", "critical", "priority", "", CompletionKind.VALUE, Range.of(5, 14, 5, 15)),
                        new CompletionItem(
                                "high", "high", "priority", "", CompletionKind.VALUE, Range.of(5, 14, 5, 15)),
                        new CompletionItem(
                                "medium", "medium", "priority", "", CompletionKind.VALUE, Range.of(5, 14, 5, 15)),
                        new CompletionItem("low", "low", "priority", "", CompletionKind.VALUE, Range.of(5, 14, 5, 15)));
        assertThat(labels(complete(
                        ws, TICKET, Cursor.of(TICKET_TEXT.replace("FM", "open").replace("BODY", "**Status:** |")))))
                .containsExactly("open", "in-progress", "blocked", "review", "completed", "cancelled", "superseded");
        List<CompletionItem> fm = complete(
                ws,
                TICKET,
                Cursor.of(TICKET_TEXT.replace("FM", "in|").replace("BODY", "").replace("\n", "\r\n")));
        assertThat(labels(fm))
                .containsExactly("open", "in-progress", "blocked", "review", "completed", "cancelled", "superseded");
        assertThat(fm.get(0).replaceRange()).isEqualTo(Range.of(1, 8, 1, 10));
    }

    @Test
    void configuredStatusValuesAndNoKeysOutsideTickets() {
        TestWorkspace ws = alpha().file(".handoff.yaml", "statusValues: [todo, done]\n");
        assertThat(labels(complete(
                        ws, TICKET, Cursor.of(TICKET_TEXT.replace("FM", "|").replace("BODY", "")))))
                .containsExactly("todo", "done");
        assertThat(complete(ws, P4, p4("PLAN", "**|"))).isEmpty();
    }
}
