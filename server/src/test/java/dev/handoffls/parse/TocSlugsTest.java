package dev.handoffls.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.model.Heading;
import dev.handoffls.text.Range;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values are python-markdown 3.x {@code toc.slugify(value, '-')} outputs. */
class TocSlugsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Setup & Install|setup-install",
                "What's new?|whats-new",
                "Risks Identified (Must-Track)|risks-identified-must-track",
                "žlutý kůň|zluty-kun",
                "Décisions: v2.0 (draft)|decisions-v20-draft",
                "a -- b|a-b",
                "API_v2 notes|api_v2-notes",
                "'  Spaces  around  '|spaces-around",
                "Ünïcode 🚀 launch|unicode-launch",
                "ﬁle name|file-name"
            })
    void slugifiesAsPythonMarkdownDoes(String heading, String slug) {
        assertThat(TocSlugs.slugify(heading)).isEqualTo(slug);
    }

    @Test
    void repeatedAndEmptySlugsAreNumberedWithAnUnderscore() {
        List<Heading> headings = List.of(h("Notes"), h("Notes"), h("Notes"), h("日本語"), h("notes_1"));
        assertThat(TocSlugs.of(headings)).containsExactly("notes", "notes_1", "notes_2", "_1", "notes_3");
    }

    @Test
    void anAttributeListIdIsKeptAndTakenBeforeOtherHeadingsAreNumbered() {
        List<Heading> headings = List.of(
                h("Setup & Install {#install}"),
                h("Install"),
                h("Flags { #cli-flags .wide }"),
                h("Costs {: #costs }"),
                h("Set {braces}"));
        assertThat(TocSlugs.of(headings)).containsExactly("install", "install_1", "cli-flags", "costs", "set-braces");
    }

    private static Heading h(String text) {
        return new Heading(2, text, Range.of(0, 0, 0, 0), 0, "");
    }
}
