package dev.handoffls.features.structure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceSymbolsTest {
    private static final String P3 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String P4 = ".agent/teams/alpha/phase-4/coordinator/L2-summary.md";
    private static final String BETA = ".agent/teams/beta/phase-1/coordinator/L2-summary.md";

    @TempDir
    Path tmp;

    TestWorkspace ws;

    @BeforeEach
    void workspace() {
        ws = TestWorkspace.in(tmp)
                .file(P3, """
                        # Phase 3
                        ## Downstream Handoff
                        ### Decisions Made (Forward-binding)
                        - [AD-1] Event-driven pattern for Module X
                        - [AD-2] PostgreSQL 🚀 for persistence
                        ### Risks Identified (Must-Track)
                        - [R-1] Retry storms when the upstream API rate-limits
                        """)
                .file(P4, """
                        # Phase 4
                        ## Downstream Handoff
                        ### Decisions Made (Forward-binding)
                        - [AD-1] Event-driven pattern for Module X
                        - [AD-10] Retry with exponential backoff
                        """)
                .file(BETA, "# Beta\r\n## Downstream Handoff\r\n### Decisions\r\n- [AD-1] 数据库 schema per tenant\r\n");
    }

    @Test
    void anEmptyQueryListsEveryDefinitionSiteInIdOrderThenPath() {
        assertThat(render(WorkspaceSymbols.search(ws.index(), "")))
                .containsExactly(
                        "AD-1 | Event-driven pattern for Module X — " + P3 + " | " + P3 + " 3:3-3:7",
                        "AD-1 | Event-driven pattern for Module X — " + P4 + " | " + P4 + " 3:3-3:7",
                        "AD-1 | 数据库 schema per tenant — " + BETA + " | " + BETA + " 3:3-3:7",
                        "AD-2 | PostgreSQL 🚀 for persistence — " + P3 + " | " + P3 + " 4:3-4:7",
                        "AD-10 | Retry with exponential backoff — " + P4 + " | " + P4 + " 4:3-4:8",
                        "R-1 | Retry storms when the upstream API rate-limits — " + P3 + " | " + P3 + " 6:3-6:6");
    }

    @Test
    void anIdLikeQueryMatchesIdsThatStartWithItIgnoringCaseExactMatchesFirst() {
        assertThat(names(WorkspaceSymbols.search(ws.index(), "ad-1"))).containsExactly("AD-1", "AD-1", "AD-1", "AD-10");
        assertThat(names(WorkspaceSymbols.search(ws.index(), "AD-10"))).containsExactly("AD-10");
        assertThat(names(WorkspaceSymbols.search(ws.index(), "A")))
                .containsExactly("AD-1", "AD-1", "AD-1", "AD-2", "AD-10");
        assertThat(names(WorkspaceSymbols.search(ws.index(), "r"))).containsExactly("R-1");
    }

    @Test
    void otherQueriesMatchEveryWordOfTheStatementIgnoringCase() {
        assertThat(render(WorkspaceSymbols.search(ws.index(), "retry")))
                .containsExactly(
                        "AD-10 | Retry with exponential backoff — " + P4 + " | " + P4 + " 4:3-4:8",
                        "R-1 | Retry storms when the upstream API rate-limits — " + P3 + " | " + P3 + " 6:3-6:6");
        assertThat(names(WorkspaceSymbols.search(ws.index(), "  UPSTREAM retry ")))
                .containsExactly("R-1");
        assertThat(names(WorkspaceSymbols.search(ws.index(), "数据库 tenant"))).containsExactly("AD-1");
        assertThat(names(WorkspaceSymbols.search(ws.index(), "🚀"))).containsExactly("AD-2");
        assertThat(names(WorkspaceSymbols.search(ws.index(), "retry kafka"))).isEmpty();
    }

    @Test
    void atMost500Results() {
        StringBuilder items = new StringBuilder("# P1\n## Downstream Handoff\n### Decisions\n");
        for (int i = 1; i <= 600; i++) {
            items.append("- [AD-").append(i).append("] Decision ").append(i).append('\n');
        }
        TestWorkspace big = TestWorkspace.in(tmp.resolve("big")).file("notes/L2-summary.md", items.toString());
        List<WorkspaceSymbol> all = WorkspaceSymbols.search(big.index(), "");
        assertThat(all).hasSize(500);
        assertThat(all.get(499).name()).isEqualTo("AD-500");
    }

    @Test
    void teamDefinitionsAreSymbolsTooByIdAndByStatement() {
        String plan = ".agent/teams/alpha/phase-4/planning-coord/L3-full/plan.md";
        ws.file(plan, "# Plan\n### R-5: Token expiry during long imports\n| AD-7 | Outbox relay |\n|---|---|\n");
        assertThat(render(WorkspaceSymbols.search(ws.index(), "R-5")))
                .containsExactly("R-5 | Token expiry during long imports — " + plan + " | " + plan + " 1:4-1:7");
        assertThat(names(WorkspaceSymbols.search(ws.index(), "token expiry"))).containsExactly("R-5");
    }

    private static List<String> render(List<WorkspaceSymbol> symbols) {
        return symbols.stream()
                .map(s -> s.name() + " | " + s.detail() + " | " + s.location().path() + " "
                        + s.location().range())
                .toList();
    }

    private static List<String> names(List<WorkspaceSymbol> symbols) {
        return symbols.stream().map(WorkspaceSymbol::name).toList();
    }
}
