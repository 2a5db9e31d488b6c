package dev.handoffls.features.structure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoldingRangesTest {
    private static final String DOC = "notes/plan.md";
    private static final String TEXT = """
            ---
            kind: l2-summary
            ---
            # Phase 3 🚀

            ## Summary
            Text with 数据库.
            ```python
            # not a heading
            print("x")
            ```


            ## Downstream Handoff
            ### Decisions Made (Forward-binding)
            - [AD-1] Event-driven pattern
            <!--
            reviewer notes
            -->
            ### Artifacts Produced
            - None

            """;

    @TempDir
    Path tmp;

    @Test
    void foldsSectionsFrontMatterCodeBlocksAndComments() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(DOC, TEXT);
        assertThat(FoldingRanges.of(ws.document(DOC)))
                .containsExactly(
                        new Fold(0, 2, "region"),
                        new Fold(3, 20, "region"),
                        new Fold(5, 10, "region"),
                        new Fold(7, 10, "region"),
                        new Fold(13, 20, "region"),
                        new Fold(14, 18, "region"),
                        new Fold(16, 18, "comment"),
                        new Fold(19, 20, "region"));
    }

    @Test
    void crlfDocumentsFoldTheSame() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(DOC, TEXT.replace("\n", "\r\n"));
        assertThat(FoldingRanges.of(ws.document(DOC)))
                .isEqualTo(FoldingRanges.of(
                        TestWorkspace.in(tmp.resolve("lf")).file(DOC, TEXT).document(DOC)));
    }

    @Test
    void anUnclosedFenceFoldsToTheLastNonBlankLineAndOneLineSectionsDoNotFold() {
        TestWorkspace ws = TestWorkspace.in(tmp).file(DOC, """
                # Title
                ## Empty

                ## Code
                ~~~
                code

                """);
        assertThat(FoldingRanges.of(ws.document(DOC)))
                .containsExactly(new Fold(0, 5, "region"), new Fold(3, 5, "region"), new Fold(4, 5, "region"));
    }
}
