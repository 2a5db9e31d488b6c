package dev.handoffls.features.structure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.Cursor;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.text.Range;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelectionRangesTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String SUMMARY = """
            # Phase 3
            ## Downstream Handoff
            ### Decisions Made (Forward-binding)
            - [AD-1] 数据库 🚀 event-driven pattern
            - [AD-2] See AD-1 through AD-|3 for more
            ### Risks Identified (Must-Track)
            - [R-1] Retry storms
            """;

    @TempDir
    Path tmp;

    private List<Range> at(String path, Cursor c) {
        return SelectionRanges.at(TestWorkspace.in(tmp).file(path, c.text()).document(path), c.position());
    }

    @Test
    void fromTheIdOfADefinitionOutToTheDocument() {
        Cursor c = Cursor.of(SUMMARY.replace("AD-|3", "AD-3").replace("[AD-1]", "[AD-|1]"));
        assertThat(at(L2, c))
                .containsExactly(
                        Range.of(3, 3, 3, 7),
                        Range.of(3, 0, 3, 36),
                        Range.of(2, 0, 4, 39),
                        Range.of(1, 0, 6, 20),
                        Range.of(0, 0, 6, 20),
                        Range.of(0, 0, 7, 0));
    }

    @Test
    void anEndOfARangeReferenceThenTheWholeRange() {
        assertThat(at(L2, Cursor.of(SUMMARY)))
                .containsExactly(
                        Range.of(4, 26, 4, 30),
                        Range.of(4, 13, 4, 30),
                        Range.of(4, 0, 4, 39),
                        Range.of(2, 0, 4, 39),
                        Range.of(1, 0, 6, 20),
                        Range.of(0, 0, 6, 20),
                        Range.of(0, 0, 7, 0));
    }

    @Test
    void outsideTheHandoffTheLineThenSectionsInCrlfWithEmoji() {
        Cursor c = Cursor.of("# Notes\r\n## Summary\r\n  Chose 🚀 AD|-1 today\r\n");
        assertThat(at("notes/notes.md", c))
                .containsExactly(
                        Range.of(2, 11, 2, 15),
                        Range.of(2, 2, 2, 21),
                        Range.of(1, 0, 2, 21),
                        Range.of(0, 0, 2, 21),
                        Range.of(0, 0, 3, 0));
    }
}
