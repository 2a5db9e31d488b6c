package dev.handoffls.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.config.ConfigLoader;
import dev.handoffls.config.HandoffConfig;
import dev.handoffls.config.WorkspaceLayout;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.parse.DocumentParser;
import org.junit.jupiter.api.Test;

/**
 * An emoji whose two UTF-16 halves straddle the 1,024th character of some YAML: snakeyaml-engine 2.10 threw
 * IndexOutOfBoundsException there (its reader's buffer edge), so the document went unchecked ("could not be
 * parsed") and a .handoff.yaml like it stopped the run with an internal error. Found by SectionCacheTest at
 * 76,029 tries; 3.2 reads it.
 */
class SurrogateAtBufferEdgeTest {
    private static final String VALUE = "x".repeat(1016) + "🚀 launch"; // "status: " + 1,016: the emoji at 1,024

    @Test
    void frontMatterWithAnEmojiAtTheReadersBufferEdgeIsRead() {
        String text = "---\nstatus: " + VALUE + "\n---\n# Notes\n\nSee R-1.\n";
        HandoffDocument doc =
                new DocumentParser(new WorkspaceLayout(HandoffConfig.defaults())).parse("notes/a.md", text);
        assertThat(doc.frontMatter()).hasValueSatisfying(fm -> {
            assertThat(fm.problems()).isEmpty();
            assertThat(fm.value("status")).contains(VALUE);
        });
        assertThat(doc.references()).hasSize(1);
    }

    @Test
    void aConfigurationWithOneIsReadAndItsProblemsArePositioned() {
        String yaml = "a: " + "x".repeat(1021) + "🚀 b\n";
        assertThat(ConfigLoader.load(ConfigLoader.FILE_NAME, yaml).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("unknown key 'a'"));
    }
}
