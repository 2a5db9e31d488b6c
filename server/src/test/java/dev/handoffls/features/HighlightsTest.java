package dev.handoffls.features;

import static dev.handoffls.features.Pipeline.DIRECTIVE;
import static dev.handoffls.features.Pipeline.L2_3;
import static dev.handoffls.features.Pipeline.L2_4;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.features.Highlights.Highlight;
import dev.handoffls.testing.Cursor;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HighlightsTest {
    private static final String NOTES = ".agent/teams/alpha/phase-4/worker-1/notes.md";

    @TempDir
    Path tmp;

    private static Highlight read(int sl, int sc, int el, int ec) {
        return new Highlight(Range.of(sl, sc, el, ec), false);
    }

    private static Highlight write(int sl, int sc, int el, int ec) {
        return new Highlight(Range.of(sl, sc, el, ec), true);
    }

    @Test
    void theDefinitionIsAWriteAndItsReferencesReads() {
        Cursor c = Cursor.of(Pipeline.PHASE_3.replace("see AD-1", "see |AD-1"));
        TestWorkspace ws = Pipeline.in(tmp).file(L2_3, c.text());
        assertThat(Highlights.highlights(ws.document(L2_3), c.position()))
                .containsExactly(read(1, 31, 1, 35), write(5, 3, 5, 7));
    }

    @Test
    void aRangeEndIsItsTokenAndAnIdInsideARangeIsTheWholeRange() {
        Cursor c = Cursor.of(Pipeline.DIRECTIVE_TEXT.replace("through AD-2", "through A|D-2"));
        TestWorkspace ws = Pipeline.in(tmp).file(DIRECTIVE, c.text());
        assertThat(Highlights.highlights(ws.document(DIRECTIVE), c.position()))
                .containsExactly(read(2, 52, 2, 56), read(6, 7, 6, 24));
    }

    @Test
    void countsUtf16ColumnsAfterEmojiAndCjkInACrlfDocument() {
        Cursor c = Cursor.of(Pipeline.PHASE_4.replace("🚀 AD-1", "🚀 AD-1|").replace("\n", "\r\n"));
        TestWorkspace ws = Pipeline.in(tmp).file(L2_4, c.text());
        assertThat(Highlights.highlights(ws.document(L2_4), c.position()))
                .containsExactly(read(1, 9, 1, 13), read(1, 26, 1, 30), read(4, 14, 4, 18));
    }

    @Test
    void aTeamDefinitionIsAWrite() {
        Cursor c = Cursor.of("""
                # Worker notes
                ### OQ-7: Which queue?
                We still owe an answer to OQ-|7.
                """);
        TestWorkspace ws = Pipeline.in(tmp).file(NOTES, c.text());
        assertThat(Highlights.highlights(ws.document(NOTES), c.position()))
                .containsExactly(write(1, 4, 1, 8), read(2, 26, 2, 30));
    }

    @Test
    void nothingOffAnId() {
        Cursor c = Cursor.of(Pipeline.PHASE_3.replace("Event sourcing", "Event| sourcing"));
        TestWorkspace ws = Pipeline.in(tmp).file(L2_3, c.text());
        assertThat(Highlights.highlights(ws.document(L2_3), c.position())).isEmpty();
    }
}
