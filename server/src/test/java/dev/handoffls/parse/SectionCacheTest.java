package dev.handoffls.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.config.HandoffConfig;
import dev.handoffls.config.WorkspaceLayout;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.testing.MarkdownArbitraries;
import dev.handoffls.testing.PropertyBudget;
import dev.handoffls.testing.ScaledTries;
import dev.handoffls.text.DocumentText;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.Test;

/**
 * A keystroke re-parses only the section it touched ({@link SectionCache}); what it gives must be what a
 * parse of the whole text gives, for every version of the document, whatever the edits were.
 */
@AddLifecycleHook(PropertyBudget.class)
class SectionCacheTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final DocumentParser PARSER = new DocumentParser(new WorkspaceLayout(HandoffConfig.defaults()));

    private static HandoffDocument whole(String text) {
        return PARSER.parse(L2, text);
    }

    private static HandoffDocument bySections(String text, SectionCache cache) {
        return PARSER.parse(L2, new DocumentText(text), 0, cache);
    }

    /** Equal field by field; texts by content (a DocumentText is equal only to itself). */
    private static void assertSame(HandoffDocument actual, HandoffDocument expected) {
        assertThat(actual)
                .usingRecursiveComparison()
                .withEqualsForType((a, b) -> a.text().equals(b.text()), DocumentText.class)
                .isEqualTo(expected);
    }

    /** Blocks that open or close what a section must not end inside, and headings after blank lines. */
    @Provide
    Arbitrary<List<String>> versions() {
        Arbitrary<String> block = Arbitraries.frequencyOf(
                Tuple.of(6, MarkdownArbitraries.line()),
                Tuple.of(4, Arbitraries.of(CATEGORY_HEADINGS).map(h -> "\n### " + h)),
                Tuple.of(3, MarkdownArbitraries.inline().map(t -> "\n## " + t)),
                Tuple.of(2, Arbitraries.of("", "\n")),
                Tuple.of(
                        1,
                        Arbitraries.of(
                                "```",
                                "~~~",
                                "````",
                                "<!-- note",
                                "-->",
                                "<!-- done -->",
                                "<pre>",
                                "</pre>",
                                "<?x",
                                "<div>",
                                "[ref]: docs/a.md",
                                "see [the ref][ref]",
                                "- item\n\n  ```",
                                "> quote",
                                "    indented code",
                                "---",
                                "Setext\n===")));
        Arbitrary<List<String>> lines = block.list().ofMinSize(1).ofMaxSize(40);
        Arbitrary<List<Tuple.Tuple2<Integer, String>>> edits = Combinators.combine(
                        Arbitraries.integers().between(0, 1000), Arbitraries.oneOf(block, Arbitraries.just(null)))
                .as(Tuple::of)
                .list()
                .ofMaxSize(6);
        Arbitrary<String> ending = Arbitraries.of("\n", "\n", "\n", "\r\n");
        return Combinators.combine(MarkdownArbitraries.frontMatter(), lines, edits, ending)
                .as((fm, ls, es, eol) -> {
                    List<String> doc = new ArrayList<>(ls);
                    List<String> out = new ArrayList<>();
                    out.add(fm + String.join(eol, doc) + eol);
                    for (var e : es) {
                        int at = e.get1() % (doc.size() + 1);
                        if (e.get2() == null && at < doc.size()) {
                            doc.remove(at); // a deleted line
                        } else if (e.get2() != null) {
                            doc.add(at, e.get2()); // a typed or pasted line
                        }
                        out.add(fm + String.join(eol, doc) + eol);
                    }
                    return out;
                });
    }

    private static final List<String> CATEGORY_HEADINGS = List.of(
            "Decisions Made (Forward-binding)",
            "Risks Identified (Must-Track)",
            "Interface Contracts (Must-Satisfy)",
            "Constraints (Must-Enforce)",
            "Open Questions (Requires Resolution)",
            "Artifacts Produced");

    @Property
    @ScaledTries(permille = 100)
    void everyVersionParsesAsTheWholeText(@ForAll("versions") List<String> versions) {
        SectionCache cache = new SectionCache(0);
        for (String version : versions) {
            assertSame(bySections(version, cache), whole(version));
        }
    }

    @Test
    void aFenceLeftOpenInOneSectionTakesInTheHeadingsAfterIt() {
        String text =
                "# L2\n\n## Downstream Handoff\n\n```\nopen fence\n\n### Risks Identified (Must-Track)\n- [R-1] x\n";
        SectionCache cache = new SectionCache(0);
        HandoffDocument parsed = bySections(text, cache);
        assertSame(parsed, whole(text));
        assertThat(parsed.definitions()).isEmpty();
    }

    @Test
    void anHtmlCommentLeftOpenTakesInTheHeadingsAfterIt() {
        String text = "# L2\n\n<!-- draft\n\n## Downstream Handoff\n\n### Risks Identified (Must-Track)\n- [R-1] x\n";
        assertSame(bySections(text, new SectionCache(0)), whole(text));
        assertThat(whole(text).handoff()).isEmpty();
    }

    @Test
    void aLinkReferenceDefinitionInOneSectionServesTheOthers() {
        String text = "# L2\n\nSee [the plan][plan].\n\n## Notes\n\n[plan]: docs/plan.md\n";
        HandoffDocument parsed = bySections(text, new SectionCache(0));
        assertSame(parsed, whole(text));
        assertThat(parsed.links()).isNotEmpty();
    }

    @Test
    void anEditInOneSectionKeepsTheOtherSectionsTrees() {
        String before = "# L2\n\n## A\n\ntext R-1\n\n## B\n\n- [R-2] two\n";
        String after = "# L2\n\n## A\n\ntext R-1 and AD-1\n\n## B\n\n- [R-2] two\n";
        SectionCache cache = new SectionCache(0);
        bySections(before, cache);
        assertSame(bySections(after, cache), whole(after));
        assertSame(bySections(before, cache), whole(before));
    }

    @Test
    void htmlBlocksOfKindsOneToFiveAreOpenUntilTheirClosingMarker() {
        assertThat(SectionCache.htmlBlockOpen("<!-- draft\n")).isTrue();
        assertThat(SectionCache.htmlBlockOpen("<!-- done -->\n")).isFalse();
        assertThat(SectionCache.htmlBlockOpen("<PRE>\ncode\n")).isTrue();
        assertThat(SectionCache.htmlBlockOpen("<pre>\ncode\n</pre>\n")).isFalse();
        assertThat(SectionCache.htmlBlockOpen("<?php echo 1;\n")).isTrue();
        assertThat(SectionCache.htmlBlockOpen("<div>\n")).isFalse(); // kind 6: a blank line ends it
    }
}
