package dev.handoffls.rules.ids;

import static dev.handoffls.testing.TestWorkspace.d;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.codes.Code;
import dev.handoffls.model.IdReference;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnbracketedIdTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "AD-1: Event-driven pattern for Module X",
                "AD-1 — Event-driven pattern for Module X",
                "AD-1 – Event-driven pattern for Module X",
                "AD-1 - Event-driven pattern for Module X",
                "**AD-1** — Event-driven pattern for Module X",
                "**AD-1:** Event-driven pattern for Module X",
            })
    void aBareIdAtTheStartOfAnItemFiresOnItsCategoryAndStillDefinesIt(String item) {
        TestWorkspace ws = TestWorkspace.in(tmp)
                .file(L2, "# Phase 3\n## Downstream Handoff\n### Decisions Made (Forward-binding)\n- " + item + "\n");
        ws.assertFindings(L2, Code.HL207, d(2, 0, 2, 36, Code.HL207));
        assertThat(ws.document(L2).definitions()).singleElement().satisfies(def -> {
            assertThat(def.id()).isEqualTo("AD-1");
            assertThat(def.bracketed()).isFalse();
            assertThat(def.statement()).isEqualTo("Event-driven pattern for Module X");
        });
        ws.assertFindings(L2, Code.HL106);
    }

    @Test
    void theSpecExampleGivesTwoFindings() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - AD-1: Event-driven pattern for Module X
                ### Risks Identified (Must-Track)
                - **R-2** — Module Z has no test coverage in existing codebase.
                """);
        ws.assertFindings(L2, Code.HL207, d(2, 0, 2, 36, Code.HL207), d(4, 0, 4, 33, Code.HL207));
        assertThat(ws.findings(L2, Code.HL207).get(0).message()).contains("[AD-1]");
    }

    @Test
    void aTeamThatNeverBracketsGetsOneFindingPerCategoryNotOnePerItem() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - AD-1: Event-driven pattern for Module X
                - AD-2: Outbox table for every write
                - [AD-3] Single writer per aggregate
                - AD-4: Idempotent consumers
                """);
        ws.assertFindings(L2, Code.HL207, d(2, 0, 2, 36, Code.HL207));
        assertThat(ws.findings(L2, Code.HL207).get(0).message())
                .startsWith(
                        "3 items under 'Decisions Made (Forward-binding)' define an ID without brackets (AD-1, AD-2, AD-4)");
    }

    @Test
    void aBareIdFollowedByAnythingElseIsAReference() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Downstream Handoff
                ### Constraints (Must-Enforce)
                - C-1 through C-6 are carried over from Phase 2
                """);
        ws.assertFindings(L2, Code.HL207);
        assertThat(ws.document(L2).definitions()).isEmpty();
        List<IdReference> refs = ws.document(L2).references();
        assertThat(refs).singleElement().satisfies(r -> {
            assertThat(r.ids()).containsExactly("C-1", "C-2", "C-3", "C-4", "C-5", "C-6");
            assertThat(r.text()).isEqualTo("C-1 through C-6");
        });
    }

    @Test
    void bracketedDefinitionsAndListsOutsideIdCategoriesDoNotFire() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2, """
                # Phase 3
                ## Gate 3 Review
                - AD-1: approved by Lead

                ## Downstream Handoff
                ### Decisions Made (Forward-binding)
                - [AD-1] Event-driven pattern for Module X
                """);
        ws.assertFindings(L2, Code.HL207);
    }

    @Test
    void aPtRegistryItemWithoutBracketsFires() {
        String pt = ".agent/teams/alpha/permanent-task.md";
        TestWorkspace ws = TestWorkspace.in(tmp).file(pt, """
                # PERMANENT Task
                ## Risk Registry
                - R-1: Circular dependency X↔Y↔Z
                """);
        ws.assertFindings(pt, Code.HL207, d(1, 0, 1, 16, Code.HL207));
    }
}
