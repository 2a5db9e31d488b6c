package dev.handoffls.features.structure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSymbolsTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String SUMMARY = """
            # Phase 3 — Architecture

            ## Summary
            Chose events. 🚀 See AD-1.

            ## Downstream Handoff
            PT-synced: ✅ 2026-02-11

            ### Decisions Made (Forward-binding)
            - [AD-1] Event-driven pattern for Module X
            - [AD-2] 数据库 PostgreSQL 🚀 for persistence
            ### Risks Identified (Must-Track)
            - [R-1] Circular dependency X↔Y

            ### Artifacts Produced
            - L1: `L1-index.yaml`
            """;
    private static final String SUMMARY_OUTLINE = """
            SECTION "Phase 3 — Architecture" 0:0-15:21 @0:0-0:24
              SECTION "Summary" 2:0-3:26 @2:0-2:10
              SECTION "Downstream Handoff" 5:0-15:21 @5:0-5:21
                CATEGORY "Decisions Made (Forward-binding)" (AD) 8:0-10:42 @8:0-8:36
                  ITEM "AD-1" (Event-driven pattern for Module X) 9:0-9:42 @9:3-9:7
                  ITEM "AD-2" (数据库 PostgreSQL 🚀 for persistence) 10:0-10:42 @10:3-10:7
                CATEGORY "Risks Identified (Must-Track)" (R) 11:0-12:31 @11:0-11:33
                  ITEM "R-1" (Circular dependency X↔Y) 12:0-12:31 @12:3-12:6
                CATEGORY "Artifacts Produced" 14:0-15:21 @14:0-14:22
                  FILE "L1: `L1-index.yaml`" 15:0-15:21 @15:0-15:21
            """;

    @TempDir
    Path tmp;

    @Test
    void sectionsNestCategoriesAndItemsOfTheHandoff() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, SUMMARY);
        assertThat(render(DocumentSymbols.of(ws.document(L2)))).isEqualTo(SUMMARY_OUTLINE);
    }

    @Test
    void crlfDocumentsHaveTheSameOutline() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, SUMMARY.replace("\n", "\r\n"));
        assertThat(render(DocumentSymbols.of(ws.document(L2)))).isEqualTo(SUMMARY_OUTLINE);
    }

    @Test
    void aLongStatementIsCutTo80Characters() {
        String statement = "Event-driven pattern for Module X, because " + "the outbox keeps events ".repeat(4);
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(L2, "# P3\n## Downstream Handoff\n### Decisions\n- [AD-1] " + statement + "\n");
        Symbol item = DocumentSymbols.of(ws.document(L2))
                .get(0)
                .children()
                .get(0)
                .children()
                .get(0)
                .children()
                .get(0);
        assertThat(item.detail()).hasSize(80).endsWith("the outbox k…").startsWith("Event-driven pattern");
    }

    @Test
    void ptRegistrySectionsHoldTheirItems() {
        String pt = ".agent/teams/alpha/permanent-task.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(pt, """
                # PERMANENT Task — alpha
                ## Architecture Decisions
                - [AD-1] Event-driven pattern <!-- source: phase-3/coordinator/L2-summary.md -->

                ## Risk Registry
                - [R-1] Retry storms
                ## Notes
                Nothing yet.
                """);
        assertThat(render(DocumentSymbols.of(ws.document(pt)))).isEqualTo("""
                SECTION "PERMANENT Task — alpha" 0:0-7:12 @0:0-0:24
                  CATEGORY "Architecture Decisions" (AD) 1:0-2:80 @1:0-1:25
                    ITEM "AD-1" (Event-driven pattern) 2:0-2:80 @2:3-2:7
                  CATEGORY "Risk Registry" (R) 4:0-5:20 @4:0-4:16
                    ITEM "R-1" (Retry storms) 5:0-5:20 @5:3-5:6
                  SECTION "Notes" 6:0-7:12 @6:0-6:8
                """);
    }

    @Test
    void aTicketsFactsAreKeys() {
        String ticket = "handoffs/handoff-api-healer-deploy.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(ticket, """
                ---
                status: open
                assignee: russell
                ---
                # Handoff: deploy api healer

                **ID**: HO-17
                **Status**: open
                **Assigned to**: 拉塞尔 🚀

                ## Tasks
                - [ ] Deploy `api_healer.py`
                """);
        assertThat(render(DocumentSymbols.of(ws.document(ticket)))).isEqualTo("""
                KEY "status" (open) 1:0-1:12 @1:0-1:6
                KEY "assignee" (russell) 2:0-2:17 @2:0-2:8
                SECTION "Handoff: deploy api healer" 4:0-11:28 @4:0-4:28
                  KEY "ID" (HO-17) 6:2-6:13 @6:2-6:4
                  KEY "Status" (open) 7:2-7:16 @7:2-7:8
                  KEY "Assigned to" (拉塞尔 🚀) 8:2-8:23 @8:2-8:13
                  SECTION "Tasks" 10:0-11:28 @10:0-10:8
                """);
    }

    @Test
    void levelThreeHeadingsOutsideTheHandoffAreNotSymbolsAndALoneLevelTwoIsARoot() {
        String other = "notes/README.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(other, """
                ## Intro
                ### Details
                text
                # Title
                """);
        assertThat(render(DocumentSymbols.of(ws.document(other)))).isEqualTo("""
                SECTION "Intro" 0:0-2:4 @0:0-0:8
                SECTION "Title" 3:0-3:7 @3:0-3:7
                """);
    }

    /** One line per symbol: kind, name, (detail), range, @selection range; children indented. */
    static String render(List<Symbol> symbols) {
        StringBuilder out = new StringBuilder();
        render(symbols, "", out);
        return out.toString();
    }

    private static void render(List<Symbol> symbols, String indent, StringBuilder out) {
        for (Symbol s : symbols) {
            out.append(indent).append(s.kind()).append(" \"").append(s.name()).append('"');
            if (!s.detail().isEmpty()) {
                out.append(" (").append(s.detail()).append(')');
            }
            out.append(' ')
                    .append(s.range())
                    .append(" @")
                    .append(s.selectionRange())
                    .append('\n');
            render(s.children(), indent + "  ", out);
        }
    }
}
