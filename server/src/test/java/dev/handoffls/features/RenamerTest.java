package dev.handoffls.features;

import static dev.handoffls.features.Pipeline.DIRECTIVE;
import static dev.handoffls.features.Pipeline.L2_3;
import static dev.handoffls.features.Pipeline.L2_4;
import static dev.handoffls.features.Pipeline.PT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.features.Renamer.Edits;
import dev.handoffls.features.Renamer.Refused;
import dev.handoffls.features.Renamer.RenameResult;
import dev.handoffls.testing.Cursor;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenamerTest {
    @TempDir
    Path tmp;

    private static TextEdit te(int sl, int sc, int el, int ec, String newText) {
        return new TextEdit(Range.of(sl, sc, el, ec), newText);
    }

    private static RenameResult rename(TestWorkspace ws, String path, Cursor c, String newName) {
        return Renamer.rename(ws.index(), ws.document(path), c.position(), newName);
    }

    @Test
    void prepareRenameGivesTheIdTokenAfterAnEmoji() {
        Cursor c = Cursor.of(Pipeline.PHASE_4.replace("🚀 AD-1", "🚀 AD-|1"));
        TestWorkspace ws = Pipeline.in(tmp).file(L2_4, c.text());
        assertThat(Renamer.prepareRename(ws.index(), ws.document(L2_4), c.position()))
                .contains(Range.of(1, 26, 1, 30));
    }

    @Test
    void prepareRenameBetweenTheEndsOfARangeGivesItsFirstId() {
        Cursor c = Cursor.of(Pipeline.DIRECTIVE_TEXT.replace("AD-1 through AD-4", "AD-1 thr|ough AD-4"));
        TestWorkspace ws = Pipeline.in(tmp).file(DIRECTIVE, c.text());
        assertThat(Renamer.prepareRename(ws.index(), ws.document(DIRECTIVE), c.position()))
                .contains(Range.of(6, 7, 6, 11));
    }

    @Test
    void prepareRenameOffAnIdIsEmpty() {
        Cursor c = Cursor.of(Pipeline.PHASE_3.replace("Event sourcing", "Ev|ent sourcing"));
        TestWorkspace ws = Pipeline.in(tmp).file(L2_3, c.text());
        assertThat(Renamer.prepareRename(ws.index(), ws.document(L2_3), c.position()))
                .isEmpty();
    }

    @Test
    void renamesARiskAcrossThreeFilesOneOfThemCrlfWithCjkBeforeTheId() {
        Cursor c = Cursor.of(Pipeline.PHASE_3.replace("- [R-1]", "- [R-|1]"));
        TestWorkspace ws = Pipeline.in(tmp).file(L2_3, c.text()).file(L2_4, Pipeline.PHASE_4.replace("\n", "\r\n"));
        assertThat(rename(ws, L2_3, c, "R-7"))
                .isEqualTo(new Edits(
                        Map.of(
                                L2_3, List.of(te(8, 3, 8, 6, "R-7")),
                                L2_4, List.of(te(1, 18, 1, 21, "R-7"), te(1, 41, 1, 44, "R-7")),
                                DIRECTIVE, List.of(te(6, 38, 6, 41, "R-7"))),
                        List.of()));
    }

    @Test
    void renamesTheEndOfARangeAndLeavesARangeThatOnlySpansTheId() {
        Cursor c = Cursor.of(Pipeline.PT_TEXT.replace("- [AD-2]", "- [AD-2|]"));
        TestWorkspace ws = Pipeline.in(tmp).file(PT, c.text());
        assertThat(rename(ws, PT, c, "AD-8"))
                .isEqualTo(
                        new Edits(
                                Map.of(
                                        PT, List.of(te(3, 3, 3, 7, "AD-8")),
                                        L2_3, List.of(te(6, 3, 6, 7, "AD-8")),
                                        DIRECTIVE, List.of(te(2, 52, 2, 56, "AD-8"))),
                                List.of(
                                        DIRECTIVE
                                                + ":7: 'AD-1 through AD-4' spans AD-2 without naming it; the range was left as written")));
    }

    @Test
    void warnsWhenARenamedEndNoLongerFormsARange() {
        Cursor c = Cursor.of(Pipeline.PHASE_4.replace("[AD-3]", "[AD-3|]"));
        TestWorkspace ws =
                Pipeline.in(tmp).file(L2_4, c.text()).file(DIRECTIVE, "# Directive for Phase 5\nAD-1 through AD-3.\n");
        assertThat(rename(ws, L2_4, c, "R-5"))
                .isEqualTo(
                        new Edits(
                                Map.of(
                                        L2_4, List.of(te(4, 3, 4, 7, "R-5")),
                                        DIRECTIVE, List.of(te(1, 13, 1, 17, "R-5"))),
                                List.of(
                                        DIRECTIVE
                                                + ":2: 'AD-1 through AD-3' no longer forms a range after the rename (its ends must share"
                                                + " a prefix and ascend)",
                                        "R-5 is a Risks ID: its definitions still sit under Decisions, move the items to the matching category")));
    }

    @Test
    void refusesAMalformedName() {
        Cursor c = Cursor.of(Pipeline.PHASE_3.replace("- [AD-1]", "- [AD-1|]"));
        TestWorkspace ws = Pipeline.in(tmp).file(L2_3, c.text());
        assertThat(rename(ws, L2_3, c, "AD-01"))
                .isEqualTo(new Refused("'AD-01' is not a well-formed ID (PREFIX-N with a"
                        + " prefix of AD, R, IC, C, OQ and a number without leading zeros): did you mean AD-1?"));
    }

    @Test
    void refusesANameAlreadyDefinedAndSuggestsOneNothingMentions() {
        Cursor c = Cursor.of(Pipeline.PHASE_3.replace("- [AD-1]", "- [AD-1|]"));
        TestWorkspace ws = Pipeline.in(tmp).file(L2_3, c.text());
        assertThat(rename(ws, L2_3, c, "AD-2"))
                .isEqualTo(new Refused(
                        "AD-2 is already defined in this pipeline (" + L2_3 + ":7): choose a free ID such as AD-5"));
    }

    @Test
    void refusesANameOnlyReferenced() {
        Cursor c = Cursor.of(Pipeline.PHASE_3.replace("- [AD-1]", "- [AD-1|]"));
        TestWorkspace ws = Pipeline.in(tmp).file(L2_3, c.text());
        assertThat(rename(ws, L2_3, c, "AD-4"))
                .isEqualTo(new Refused("AD-4 is already referenced in this pipeline (" + DIRECTIVE
                        + ":7): choose a free ID such as AD-5"));
    }

    @Test
    void theSameNameChangesNothing() {
        Cursor c = Cursor.of(Pipeline.PHASE_3.replace("- [AD-1]", "- [AD-1|]"));
        TestWorkspace ws = Pipeline.in(tmp).file(L2_3, c.text());
        assertThat(rename(ws, L2_3, c, "AD-1")).isEqualTo(new Edits(Map.of(), List.of()));
    }
}
