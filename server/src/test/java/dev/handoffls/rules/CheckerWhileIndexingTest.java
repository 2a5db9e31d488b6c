package dev.handoffls.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an editor may show of a document while its index knows only some facts: a subset of the full
 * check's findings, never one the full check would not report (issue 12, first diagnostics).
 */
class CheckerWhileIndexingTest {
    private static final String TEAM = ".agent/teams/alpha/";
    private static final String L2 = TEAM + "phase-3/coordinator/L2-summary.md";
    private static final Checker CHECKER = Checker.standard();

    @TempDir
    Path tmp;

    @Test
    void aDocumentAloneShowsTheFindingsOfItsOwnTextAndNoUnusedSuppressionOfAHeldBackRule() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(
                        TEAM + "permanent-task.md",
                        "# PERMANENT Task — alpha\n\n## Architecture Decisions\n- [AD-1] x.\n")
                .file(L2, """
                        # Phase 3

                        <!-- handoff-ls-disable-next-line HL301 -->
                        See AD-1.

                        ## Downstream Handoff
                        """);
        HandoffDocument doc = ws.document(L2);

        List<Finding> alone = CHECKER.checkDocument(aloneIn(ws, doc), doc, Set.of());
        List<Finding> full = CHECKER.checkDocument(ws.index(), doc);

        // Fully indexed, AD-1 is defined: the suppression is unused (HL005). Alone, that cannot be told.
        assertThat(codes(full)).contains(Code.HL102, Code.HL005);
        assertThat(codes(alone)).containsExactly(Code.HL102);
        assertThat(full).containsAll(alone);
    }

    @Test
    void aNumberedPtWaitsForItsSiblingsWhichMayMakeItHistory() {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(TEAM + "PT-v1.md", "# PERMANENT Task\nKeep AD-9 in mind.\n")
                .file(TEAM + "PT-v2.md", "# PERMANENT Task — alpha\n\n## Architecture Decisions\n- [AD-1] x.\n");
        HandoffDocument old = ws.document(TEAM + "PT-v1.md");

        assertThat(CHECKER.checkDocument(ws.index(), old)).isEmpty(); // history: never checked
        assertThat(CHECKER.checkDocument(aloneIn(ws, old), old, Set.of())).isEmpty();
        assertThat(CHECKER.checkDocument(aloneIn(ws, old), old, Fact.knownFromWalk()))
                .isEmpty();
        assertThat(CHECKER.checkDocument(ws.index(), old, EnumSet.allOf(Fact.class)))
                .isEmpty();
    }

    /** The index an editor has before the walk: the configuration and the open document. */
    private static WorkspaceIndex aloneIn(TestWorkspace ws, HandoffDocument doc) {
        return WorkspaceIndex.empty(ws.index().configs()).withDocument(doc);
    }

    private static List<Code> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }
}
