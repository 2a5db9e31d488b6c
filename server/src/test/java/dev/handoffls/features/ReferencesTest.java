package dev.handoffls.features;

import static dev.handoffls.features.Pipeline.DIRECTIVE;
import static dev.handoffls.features.Pipeline.L2_3;
import static dev.handoffls.features.Pipeline.L2_4;
import static dev.handoffls.features.Pipeline.PT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.Cursor;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferencesTest {
    private static final String NOTES = ".agent/teams/alpha/phase-4/worker-1/notes.md";
    private static final String OTHER_PIPELINE = ".agent/teams/beta/phase-1/coordinator/L2-summary.md";

    @TempDir
    Path tmp;

    private static Location at(String path, int sl, int sc, int el, int ec) {
        return new Location(path, Range.of(sl, sc, el, ec));
    }

    @Test
    void findsEveryReferenceInEveryPhaseARangeAsItsWholeText() {
        Cursor c = Cursor.of(Pipeline.PHASE_3.replace("- [AD-1]", "- [AD|-1]"));
        TestWorkspace ws =
                Pipeline.in(tmp).file(L2_3, c.text()).file(OTHER_PIPELINE, "# Beta\nAD-1 means something else here.\n");
        assertThat(References.references(ws.index(), ws.document(L2_3), c.position(), false))
                .containsExactly(
                        at(L2_3, 1, 31, 1, 35),
                        at(L2_4, 1, 9, 1, 13),
                        at(L2_4, 1, 26, 1, 30),
                        at(L2_4, 4, 14, 4, 18),
                        at(DIRECTIVE, 2, 39, 2, 56),
                        at(DIRECTIVE, 6, 7, 6, 24));
    }

    @Test
    void withTheDeclarationsAddsEveryDefinitionAndTeamDefinition() {
        Cursor c = Cursor.of(Pipeline.PHASE_4.replace("Built on AD-1", "Built on AD-1|"));
        TestWorkspace ws = Pipeline.in(tmp).file(L2_4, c.text()).file(NOTES, """
                # Worker notes
                ### AD-1: Events recap
                """);
        assertThat(References.references(ws.index(), ws.document(L2_4), c.position(), true))
                .containsExactly(
                        at(PT, 2, 3, 2, 7),
                        at(L2_3, 1, 31, 1, 35),
                        at(L2_3, 5, 3, 5, 7),
                        at(L2_4, 1, 9, 1, 13),
                        at(L2_4, 1, 26, 1, 30),
                        at(L2_4, 4, 14, 4, 18),
                        at(DIRECTIVE, 2, 39, 2, 56),
                        at(DIRECTIVE, 6, 7, 6, 24),
                        at(NOTES, 1, 4, 1, 8));
    }

    @Test
    void countsUtf16ColumnsAfterEmojiAndCjkInACrlfDocument() {
        Cursor c = Cursor.of(Pipeline.PHASE_4.replace("設計 R-1", "設計 R-|1").replace("\n", "\r\n"));
        TestWorkspace ws = Pipeline.in(tmp).file(L2_4, c.text());
        assertThat(References.references(ws.index(), ws.document(L2_4), c.position(), true))
                .containsExactly(
                        at(L2_3, 8, 3, 8, 6),
                        at(L2_4, 1, 18, 1, 21),
                        at(L2_4, 1, 41, 1, 44),
                        at(DIRECTIVE, 6, 38, 6, 41));
    }

    @Test
    void anIdStrictlyInsideARangeIsFoundThroughIt() {
        Cursor c = Cursor.of(Pipeline.PT_TEXT.replace("- [AD-2]", "- [AD-2|]"));
        TestWorkspace ws = Pipeline.in(tmp).file(PT, c.text());
        assertThat(References.references(ws.index(), ws.document(PT), c.position(), false))
                .containsExactly(at(DIRECTIVE, 2, 39, 2, 56), at(DIRECTIVE, 6, 7, 6, 24));
    }

    @Test
    void nothingWhenTheCursorIsNotOnAnId() {
        Cursor c = Cursor.of(Pipeline.PHASE_3.replace("# Phase 3", "# Ph|ase 3"));
        TestWorkspace ws = Pipeline.in(tmp).file(L2_3, c.text());
        assertThat(References.references(ws.index(), ws.document(L2_3), c.position(), true))
                .isEmpty();
    }
}
