package dev.handoffls.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.handoffls.features.structure.DocumentSymbols;
import dev.handoffls.features.structure.Symbol;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Document links and symbols stay linear on a 1.4 MB L2 with 50,000 tasks (issue 13, item 11: they took
 * 30–38 s and 9–11 s, a lookup per task over every task and a scan of every sibling per item). The timeout
 * only guards against a hang: it is many times what a linear pass needs, and a fraction of the quadratic one.
 */
class LargeDocumentFeaturesTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final int TASKS = 50_000;
    private static final int EXISTING = 100;
    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    @TempDir
    static Path tmp;

    private static WorkspaceIndex index;
    private static HandoffDocument doc;

    @BeforeAll
    static void parseOnce() {
        StringBuilder l2 = new StringBuilder("# Phase 3 summary\n\n## Downstream Handoff\n");
        l2.append("### Decisions Made (Forward-binding)\n");
        for (int i = 0; i < TASKS; i++) {
            l2.append("- [ ] Create `src/m").append(i).append(".ts`\n");
        }
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, l2.toString());
        for (int i = 0; i < EXISTING; i++) {
            ws.file("src/m" + i + ".ts", "");
        }
        index = ws.index();
        doc = ws.document(L2);
        assertThat(doc.tasks()).hasSize(TASKS);
    }

    @Test
    void documentLinksOfFiftyThousandTasks() {
        List<DocumentLinks.Link> links = assertTimeoutPreemptively(HANG_GUARD, () -> DocumentLinks.of(index, doc));

        assertThat(links).hasSize(EXISTING);
        assertThat(links.get(EXISTING - 1).target()).isEqualTo("src/m99.ts");
        assertThat(links.get(EXISTING - 1).range()).isEqualTo(Range.of(103, 14, 103, 24));
    }

    @Test
    void documentSymbolsOfFiftyThousandTasks() {
        List<Symbol> symbols = assertTimeoutPreemptively(HANG_GUARD, () -> DocumentSymbols.of(doc));

        Symbol category = symbols.get(0).children().get(0).children().get(0);
        assertThat(category.name()).isEqualTo("Decisions Made (Forward-binding)");
        assertThat(category.children()).hasSize(TASKS);
        assertThat(category.children().get(TASKS - 1).range()).isEqualTo(Range.of(TASKS + 3, 0, TASKS + 3, 28));
    }
}
