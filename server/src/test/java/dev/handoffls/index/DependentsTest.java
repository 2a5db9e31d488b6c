package dev.handoffls.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.rules.Checker;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one change re-checks: the facts it altered decide, so typing prose costs one document. */
class DependentsTest {
    private static final Set<Fact> READ = Checker.standard().factsRead();
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String DIRECTIVE = ".agent/teams/alpha/phase-4/directive.md";
    private static final String BETA = ".agent/teams/beta/phase-1/coordinator/L2-summary.md";
    private static final String NOTES = "docs/notes.md";
    private static final String TICKET_A = "handoffs/handoff-a.md";
    private static final String TICKET_B = "handoffs/handoff-b.md";
    private static final String L2_TEXT =
            "# Phase 3\nSome prose.\n## Downstream Handoff\n### Decisions Made\n- [AD-1] Events.\n";

    @TempDir
    Path tmp;

    private TestWorkspace ws;

    @BeforeEach
    void workspace() {
        ws = TestWorkspace.in(tmp)
                .file(L2, L2_TEXT)
                .file(DIRECTIVE, "## Directive for Phase 4 Coordinator\nRespect AD-1.\n")
                .file(BETA, "# Beta\n")
                .file(NOTES, "See [the summary](../" + L2 + "#phase-3).\n")
                .file(TICKET_A, "# A\n**ID**: handoff-x\n**Status**: open\n**Assigned to**: ana\n")
                .file(TICKET_B, "# B\n**ID**: handoff-x\n**Status**: open\n**Assigned to**: bo\n");
    }

    private Set<String> after(String path, String text) {
        WorkspaceIndex before = ws.index();
        ws.file(path, text);
        WorkspaceIndex now = ws.loader().refresh(before, path);
        return Dependents.of(before, now, path, READ);
    }

    @Test
    void typingProseReChecksOnlyTheDocument() {
        assertThat(after(L2, L2_TEXT.replace("Some prose.", "Some more prose, typed now.")))
                .containsExactly(L2);
    }

    @Test
    void aChangedDefinitionReChecksTheScopeAndNotTheOtherPipeline() {
        assertThat(after(L2, L2_TEXT.replace("Events.", "Events, reworded.")))
                .contains(L2, DIRECTIVE)
                .doesNotContain(BETA, NOTES, TICKET_A);
    }

    @Test
    void aRenamedHeadingReChecksTheDocumentsLinkingToIt() {
        assertThat(after(L2, L2_TEXT.replace("# Phase 3", "# Phase Three"))).containsExactlyInAnyOrder(L2, NOTES);
    }

    @Test
    void aTicketsIdReChecksTheTicketsSharingIt() {
        assertThat(after(TICKET_A, "# A\n**ID**: handoff-y\n**Status**: open\n**Assigned to**: ana\n"))
                .containsExactlyInAnyOrder(TICKET_A, TICKET_B);
    }

    @Test
    void aNewFileReChecksEveryDocumentAndADeletedDocumentIsNotAmongThem() {
        WorkspaceIndex before = ws.index();
        ws.file("services/new.py", "");
        assertThat(Dependents.of(before, ws.loader().refresh(before, "services/new.py"), "services/new.py", READ))
                .contains(L2, DIRECTIVE, BETA, NOTES, TICKET_A, TICKET_B);
        WorkspaceIndex withFile = ws.loader().refresh(before, "services/new.py");
        ws.delete(DIRECTIVE);
        assertThat(Dependents.of(withFile, ws.loader().refresh(withFile, DIRECTIVE), DIRECTIVE, READ))
                .doesNotContain(DIRECTIVE)
                .contains(L2);
    }

    @Test
    void aFactNoRuleReadsReChecksNothingElse() {
        WorkspaceIndex before = ws.index();
        ws.file(TICKET_A, "# A\n**ID**: handoff-y\n**Status**: open\n**Assigned to**: ana\n");
        WorkspaceIndex now = ws.loader().refresh(before, TICKET_A);
        assertThat(Dependents.of(before, now, TICKET_A, Set.of(Fact.FILES))).containsExactly(TICKET_A);
    }
}
