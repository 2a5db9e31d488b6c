package dev.handoffls.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.testing.MarkdownArbitraries;
import dev.handoffls.testing.PropertyBudget;
import dev.handoffls.testing.ScaledTries;
import dev.handoffls.testing.TestWorkspace;
import dev.handoffls.testing.TextEditArbitraries;
import dev.handoffls.testing.TextEditArbitraries.Edit;
import dev.handoffls.text.DocumentText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The server's document sync (issue 13, tests 1): incremental changes rebuild exactly the text the
 * editor holds, and after any sequence of them the diagnostics the server publishes are those of a
 * fresh check of that text.
 */
@AddLifecycleHook(PropertyBudget.class)
class TextSyncPropertyTest {
    private static final String L2 = ".agent/teams/alpha/phase-3/coordinator/L2-summary.md";
    private static final String PT = ".agent/teams/alpha/permanent-task.md";
    private static final String DIRECTIVE = ".agent/teams/alpha/phase-4/directive.md";

    @Provide
    Arbitrary<String> documents() {
        return MarkdownArbitraries.document();
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return TextEditArbitraries.edit().list().ofMaxSize(25);
    }

    @Property
    void incrementalChangesEqualTheFullText(@ForAll("documents") String start, @ForAll("edits") List<Edit> edits) {
        String expected = start;
        String oneByOne = start;
        List<TextDocumentContentChangeEvent> batch = new ArrayList<>();
        for (Edit e : edits) {
            TextDocumentContentChangeEvent change = change(expected, e);
            batch.add(change);
            oneByOne = TextChanges.apply(oneByOne, List.of(change));
            expected = e.applyTo(expected);
        }
        assertThat(oneByOne).isEqualTo(expected);
        // One didChange may carry the whole sequence; each range is in the text the previous ones left.
        assertThat(TextChanges.apply(start, batch)).isEqualTo(expected);
    }

    /**
     * Few tries: each starts a server. Once, at 25 tries, the last publication recorded belonged to an
     * earlier text: {@link LspConnection#settle()} returned when the server had written the last one, before
     * the client had read it (fixed; {@code SettleProtocolTest}, docs/reliability.md).
     */
    @Property
    @ScaledTries(permille = 7, min = 5)
    void publishedDiagnosticsAfterEditsEqualAFreshCheck(
            @ForAll("documents") String start, @ForAll("edits") List<Edit> edits) throws Exception {
        Path root = Files.createTempDirectory("handoff-sync");
        try (LspConnection lsp = new LspConnection()) {
            TestWorkspace.in(root)
                    .file(L2, start)
                    .file(PT, "# PERMANENT Task — alpha\n\n## Architecture Decisions\n- [AD-1] Events.\n")
                    .file(DIRECTIVE, "## Directive for Phase 4\n\n### Context Source\nRespect AD-1 and R-2.\n");
            lsp.start(root);
            String uri = LspConnection.uri(root, L2);
            String text = sent(start);
            lsp.open(uri, 1, text);
            int version = 1;
            for (Edit edit : edits) {
                Edit e = new Edit(edit.from(), edit.length(), sent(edit.insert()), edit.whole());
                lsp.server
                        .getTextDocumentService()
                        .didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
                                new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(uri, ++version),
                                List.of(change(text, e))));
                text = e.applyTo(text);
            }
            lsp.settle();
            List<PublishDiagnosticsParams> published = lsp.client.diagnosticsFor(uri);
            assertThat(published).isNotEmpty();
            assertThat(FreshCheck.shown(published.get(published.size() - 1).getDiagnostics()))
                    .isEqualTo(FreshCheck.shown(FreshCheck.of(root, L2, text, uri)));
        } finally {
            deleteTree(root);
        }
    }

    /**
     * Text as it reaches the server: lsp4j writes UTF-8, in which a lone surrogate cannot travel (it arrives
     * as '?'). At 590 tries of a 20-minute run, a lone surrogate in front matter made the fresh check's YAML
     * error differ from the server's, every time: the text compared, not the server, was wrong.
     */
    private static String sent(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** The change an editor sends for the edit, in positions of the text it is applied to. */
    private static TextDocumentContentChangeEvent change(String text, Edit e) {
        if (e.whole()) {
            return new TextDocumentContentChangeEvent(e.insert());
        }
        DocumentText dt = new DocumentText(text);
        int[] span = e.span(text);
        return new TextDocumentContentChangeEvent(Convert.range(dt.range(span[0], span[1])), e.insert());
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
