package dev.handoffls.features;

import static dev.handoffls.features.Pipeline.DIRECTIVE;
import static dev.handoffls.features.Pipeline.L2_3;
import static dev.handoffls.features.Pipeline.L2_4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.handoffls.features.CodeLenses.Lens;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeLensesTest {
    @TempDir
    Path tmp;

    private static Location at(String path, int sl, int sc, int el, int ec) {
        return new Location(path, Range.of(sl, sc, el, ec));
    }

    @Test
    void countsReferencesAcrossThePipelineWithThePtState() {
        TestWorkspace ws = Pipeline.in(tmp);
        assertThat(CodeLenses.lenses(ws.index(), ws.document(L2_3)))
                .extracting(Lens::id, Lens::range, Lens::title)
                .containsExactly(
                        tuple("AD-1", Range.of(5, 3, 5, 7), "6 references · PT ✅ · open, last seen P4"),
                        tuple("AD-2", Range.of(6, 3, 6, 7), "2 references · PT ⚠️ paraphrased · open, last seen P4"),
                        tuple("R-1", Range.of(8, 3, 8, 6), "3 references · PT ❌ · open, last seen P4"));
        assertThat(CodeLenses.lenses(ws.index(), ws.document(L2_4)))
                .containsExactly(new Lens(
                        Range.of(4, 3, 4, 7),
                        "1 reference · PT ❌ · open, last seen P4",
                        "AD-3",
                        List.of(at(L2_4, 4, 3, 4, 7), at(DIRECTIVE, 6, 7, 6, 24))));
    }

    @Test
    void theLensListsTheTrailInPhaseOrder() {
        TestWorkspace ws = Pipeline.in(tmp);
        Lens risk = CodeLenses.lenses(ws.index(), ws.document(L2_3)).get(2);
        assertThat(risk.references())
                .containsExactly(
                        at(L2_3, 8, 3, 8, 6),
                        at(L2_4, 1, 18, 1, 21),
                        at(L2_4, 1, 41, 1, 44),
                        at(DIRECTIVE, 6, 38, 6, 41));
    }

    @Test
    void withoutAPtTheLensOnlyCounts() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(L2_3, Pipeline.PHASE_3);
        assertThat(CodeLenses.lenses(ws.index(), ws.document(L2_3)))
                .extracting(Lens::title)
                .containsExactly(
                        "1 reference · open, last seen P3",
                        "no references · open, last seen P3",
                        "no references · open, last seen P3");
    }

    @Test
    void aTeamDefinitionHeadingCountsItsReferencesAndTableRowsHaveNoLens() {
        String notes = ".agent/teams/alpha/phase-4/worker-1/notes.md";
        TestWorkspace ws =
                Pipeline.in(tmp).file(notes, """
                # Worker notes
                ### OQ-7: Which queue?

                | ID | Question |
                |----|----------|
                | OQ-8 | Which region? |
                """).file(".agent/teams/alpha/phase-5/review.md", "OQ-7 is still open.\n");
        assertThat(CodeLenses.lenses(ws.index(), ws.document(notes)))
                .extracting(Lens::title, Lens::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1 reference", "OQ-7"));
    }
}
