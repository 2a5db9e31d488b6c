package dev.handoffls.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdReference;
import dev.handoffls.model.WikiLink;
import dev.handoffls.testing.TestWorkspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec §12: inline code shows syntax; no wiki link or ID is read inside it. */
class InlineCodeTest {
    private static final String L2 = ".agent/teams/a/phase-3/coordinator/L2-summary.md";

    @TempDir
    Path tmp;

    private HandoffDocument parse(String text) {
        return TestWorkspace.in(tmp).file(L2, text).document(L2);
    }

    @Test
    void wikiLinksAreReadOnlyOutsideInlineCode() {
        HandoffDocument doc = parse("""
                # Phase 3
                Write `[[note-name]]` or ``[[note|alias]]``; this one links: [[real-note]].
                """);
        assertThat(doc.wikiLinks()).extracting(WikiLink::name).containsExactly("real-note");
    }

    @Test
    void idsAreReadOnlyOutsideInlineCode() {
        HandoffDocument doc = parse("""
                # Phase 3
                Write IDs as `AD-1`; `R-9` is an example. See R-2.
                """);
        assertThat(doc.references()).extracting(IdReference::ids).containsExactly(List.of("R-2"));
    }
}
