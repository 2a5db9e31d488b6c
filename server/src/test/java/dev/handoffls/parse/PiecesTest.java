package dev.handoffls.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.config.HandoffConfig;
import dev.handoffls.config.WorkspaceLayout;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.Item;
import dev.handoffls.testing.MarkdownArbitraries;
import dev.handoffls.testing.PropertyBudget;
import dev.handoffls.testing.ScaledTries;
import dev.handoffls.text.DocumentText;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.Test;

/**
 * A large document is parsed in pieces ({@link Pieces}); what it gives must be what one parse of the whole
 * text gives: the same model, field by field, wherever the pieces are cut.
 */
@AddLifecycleHook(PropertyBudget.class)
class PiecesTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final WorkspaceLayout LAYOUT = new WorkspaceLayout(HandoffConfig.defaults());
    private static final DocumentParser WHOLE = new DocumentParser(LAYOUT, new Pieces(Integer.MAX_VALUE, 0));

    private static HandoffDocument inPieces(String path, String text, int pieceLength) {
        return new DocumentParser(LAYOUT, new Pieces(0, pieceLength)).parse(path, text);
    }

    /** Equal field by field; texts by content (a DocumentText is equal only to itself). */
    private static void assertSame(HandoffDocument actual, HandoffDocument expected) {
        assertThat(actual)
                .usingRecursiveComparison()
                .withEqualsForType((a, b) -> a.text().equals(b.text()), DocumentText.class)
                .isEqualTo(expected);
    }

    /** The first line of each piece, cutting as finely as the rules allow. */
    private static List<Integer> cuts(String text) {
        return new Pieces(0, 1)
                .parse(text, new DocumentText(text), MarkdownTree.PARSER).stream()
                        .map(SectionCache.Section::firstLine)
                        .toList();
    }

    /** Lines of every kind, with runs of list items in column 0 and what may or may not end them. */
    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> block = Arbitraries.frequencyOf(
                Tuple.of(6, MarkdownArbitraries.line()),
                Tuple.of(6, MarkdownArbitraries.inline().map(t -> "- [ ] Deploy " + t)),
                Tuple.of(2, MarkdownArbitraries.inline().map(t -> "* " + t)),
                Tuple.of(2, Arbitraries.of(CATEGORY_HEADINGS).map(h -> "\n### " + h)),
                Tuple.of(2, MarkdownArbitraries.inline().map(t -> "  " + t)),
                Tuple.of(2, Arbitraries.of(CATEGORY_HEADINGS).map(h -> "  ### " + h)),
                Tuple.of(2, Arbitraries.of("| a | b |\n|---|---|", "- a | b", "- [R-3] c | d")),
                Tuple.of(2, Arbitraries.of("", "\n")),
                Tuple.of(
                        2,
                        Arbitraries.of(
                                "```",
                                "~~~",
                                "  ```",
                                "<!-- note",
                                "-->",
                                "<pre>",
                                "</pre>",
                                "<div>",
                                "  # nested",
                                "lazy continuation",
                                "> quote",
                                "> - [ ] quoted",
                                "    indented code",
                                "- - -",
                                "* * *",
                                "-",
                                "- ",
                                "Setext\n---",
                                "Setext\n===",
                                "1. ordered",
                                "2) ordered",
                                "  - nested",
                                "- [R-1] defined",
                                "- None")));
        Arbitrary<String> ending = Arbitraries.of("\n", "\n", "\n", "\r\n");
        return Combinators.combine(
                        MarkdownArbitraries.frontMatter(),
                        Arbitraries.of("# L2\n\n## Downstream Handoff\n", "# PERMANENT Task — alpha\n", ""),
                        block.list().ofMinSize(1).ofMaxSize(60),
                        ending)
                // Without "]:", which makes one parse (link reference definitions: a test of its own).
                .as((fm, top, lines, eol) -> (fm + top + String.join("\n", lines) + "\n")
                        .replace("]:", "] :")
                        .replace("\n", eol));
    }

    private static final List<String> CATEGORY_HEADINGS = List.of(
            "Decisions Made (Forward-binding)",
            "Risks Identified (Must-Track)",
            "Interface Contracts (Must-Satisfy)",
            "Artifacts Produced",
            "Risk Registry");

    @Property
    @ScaledTries(permille = 200)
    void everyDocumentParsesInPiecesAsAWhole(
            @ForAll("documents") String text,
            @ForAll @IntRange(min = 1, max = 400) int pieceLength,
            @ForAll("paths") String path) {
        assertSame(inPieces(path, text, pieceLength), WHOLE.parse(path, text));
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.of(L2, ".agent/teams/alpha/permanent-task.md", "notes/big.md");
    }

    @Test
    void aListIsCutBeforeEachItemInColumnZeroAndItsTasksStayTheSame() {
        String text = "# Notes\n\n- [ ] Deploy a.py\n  continued\n- [ ] Deploy b.py\n* [ ] Deploy c.py\n";
        assertThat(cuts(text)).containsExactly(0, 2, 4, 5);
        HandoffDocument parsed = inPieces("notes/n.md", text, 1);
        assertSame(parsed, WHOLE.parse("notes/n.md", text));
        assertThat(parsed.tasks()).hasSize(3);
    }

    /**
     * Found at try 7,156 of a 10,000-try run: the item after an empty one holds a setext heading
     * ({@code [ ] Deploy} over {@code -}), so the list is one list with a heading only when parsed whole.
     */
    @Test
    void aListThatGoesOnWithAHeadingAfterACutIsParsedWithThePieceBefore() {
        String text = "# L2\n\n## Downstream Handoff\n\n### Decisions Made (Forward-binding)\n- \n- [ ] Deploy \n  - \n"
                + "- [ ] Deploy \n";
        assertSame(inPieces(L2, text, 1), WHOLE.parse(L2, text));
    }

    @Test
    void aHeadingInColumnZeroAfterABlankLineStartsAPiece() {
        assertThat(cuts("text\n\n## A\ntext\n## B\n")).containsExactly(0, 2);
    }

    @Test
    void aFenceOrHtmlBlockLeftOpenIsNotCut() {
        assertThat(cuts("```\n- a\n- b\n\n# h\n")).containsExactly(0);
        assertThat(cuts("<!-- draft\n- a\n\n# h\n- b\n")).containsExactly(0);
        assertThat(cuts("<div>\n- a\n- b\n")).containsExactly(0);
        // A blank line ends an HTML block of kind 6, so the item after it starts a piece.
        assertThat(cuts("<div>\n\n- a\n")).containsExactly(0, 2);
    }

    @Test
    void aFenceInsideAnItemEndsWithTheItem() {
        String text = "- a\n  ```\n  code\n- [ ] Deploy b.py\n";
        assertThat(cuts(text)).containsExactly(0, 3);
        assertSame(inPieces("notes/n.md", text, 1), WHOLE.parse("notes/n.md", text));
    }

    @Test
    void indentedAndLazyLinesStayWithTheirItem() {
        assertThat(cuts("- a\n  indented\nlazy\n- b\n")).containsExactly(0, 3);
    }

    @Test
    void aTableIsNotCutBeforeAnItemItCouldTakeAsARow() {
        assertThat(cuts("| a | b |\n|---|---|\n- c | d\n")).containsExactly(0);
    }

    @Test
    void aSlimmedTreeKeepsWhatTheScannersRead() {
        // A table row's first cell, by its span; a heading's text inside emphasis.
        String text = "# L2 *draft*\n## Downstream Handoff\n| a | b |\n|---|---|\n  AD-1\n";
        HandoffDocument parsed = inPieces(L2, text, 1);
        assertSame(parsed, WHOLE.parse(L2, text));
        assertThat(parsed.teamDefinitions()).isNotEmpty();
        assertThat(parsed.headings().get(0).text()).isEqualTo("L2 draft");
    }

    @Test
    void linesThatAreNoItemWithTextDoNotStartAPiece() {
        // A thematic break, an empty item (it cannot interrupt a paragraph), a setext underline, an ordered item.
        assertThat(cuts("para\n- - -\npara\n-\npara\n---\n1. one\n")).containsExactly(0);
    }

    @Test
    void aListWithAHeadingNestedInItIsNotCutAfterTheHeading() {
        String text = "# L2\n\n## Downstream Handoff\n### Risks Identified (Must-Track)\n- [R-1] one\n"
                + "  ### Decisions Made (Forward-binding)\n- [R-2] two\n";
        HandoffDocument parsed = inPieces(L2, text, 1);
        assertSame(parsed, WHOLE.parse(L2, text));
        assertThat(parsed.handoff().orElseThrow().categories().get(0).items().stream()
                        .map(Item::text))
                .containsExactly("[R-1] one", "[R-2] two");
    }

    @Test
    void linkReferenceDefinitionsMakeOneParse() {
        assertThat(cuts("- see [a][ref]\n- b\n\n[ref]: docs/a.md\n")).containsExactly(0);
    }

    @Test
    void aListNestedDeeperThanCommonmarkStartsBlocksInIsNotCut() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < MarkdownTree.MAX_OPEN_BLOCKS; i++) {
            deep.append("  ".repeat(i)).append("- x\n");
        }
        String text = deep + "- [ ] Deploy a.py\n";
        assertThat(cuts(text)).containsExactly(0);
        assertSame(inPieces("notes/n.md", text, 1), WHOLE.parse("notes/n.md", text));
    }
}
