package dev.handoffls.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoffls.config.HandoffConfig;
import dev.handoffls.config.LoadedConfig;
import dev.handoffls.config.WorkspaceLayout;
import dev.handoffls.index.WorkspaceIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.parse.DocumentParser;
import dev.handoffls.testing.EngineLog;
import dev.handoffls.testing.MarkdownArbitraries;
import dev.handoffls.testing.PropertyBudget;
import dev.handoffls.testing.RangeAssertions;
import dev.handoffls.testing.ScaledTries;
import dev.handoffls.testing.TryProgress;
import dev.handoffls.text.DecodedText;
import dev.handoffls.text.DocumentText;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Any text and any bytes go through decoding, parsing and every rule (issue 13, tests 1): nothing
 * escapes (a contained failure is logged SEVERE and counts too), and every finding's range is one
 * an editor can show — inside its document, on UTF-16 boundaries that split no surrogate pair.
 */
@AddLifecycleHook(PropertyBudget.class)
@AddLifecycleHook(TryProgress.class)
class AnyInputPropertyTest {
    private static final DocumentParser PARSER = new DocumentParser(new WorkspaceLayout(HandoffConfig.defaults()));

    @Provide
    Arbitrary<String> paths() {
        return MarkdownArbitraries.anyPath();
    }

    @Provide
    Arbitrary<String> documents() {
        return MarkdownArbitraries.document();
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return MarkdownArbitraries.bytes();
    }

    @Provide
    Arbitrary<Map<String, String>> pipelines() {
        return Arbitraries.maps(MarkdownArbitraries.anyPath(), MarkdownArbitraries.document())
                .ofMinSize(2)
                .ofMaxSize(6);
    }

    @Property
    void anyTextParsesAndEveryRuleKeepsItsRangesInside(@ForAll("paths") String path, @ForAll("documents") String text) {
        assertChecksCleanly(List.of(PARSER.parse(path, new DocumentText(text), 0)));
    }

    @Property
    void anyBytesDecodeParseAndCheck(@ForAll("paths") String path, @ForAll("bytes") byte[] bytes) {
        DecodedText decoded = DecodedText.decode(bytes);
        assertChecksCleanly(List.of(PARSER.parse(path, new DocumentText(decoded.text()), decoded.invalidSequences())));
    }

    @Property
    @ScaledTries(permille = 250)
    void aPipelineOfAnyDocumentsChecksCleanly(@ForAll("pipelines") Map<String, String> files) {
        assertChecksCleanly(files.entrySet().stream()
                .map(e -> PARSER.parse(e.getKey(), new DocumentText(e.getValue()), 0))
                .toList());
    }

    private static void assertChecksCleanly(List<HandoffDocument> docs) {
        try (EngineLog log = EngineLog.record()) {
            WorkspaceIndex index = WorkspaceIndex.empty(LoadedConfig.defaults());
            for (HandoffDocument d : docs) {
                index = index.withDocument(d);
            }
            for (Finding f : Checker.standard().check(index, Checker.everything())) {
                RangeAssertions.assertInside(text(index, f.path()), f.range(), f);
                for (RelatedLocation r : f.related()) {
                    RangeAssertions.assertInside(text(index, r.path()), r.range(), r + " of " + f);
                }
            }
            assertThat(log.severe()).isEmpty();
        }
    }

    private static DocumentText text(WorkspaceIndex index, String path) {
        return index.document(path)
                .orElseThrow(() -> new AssertionError("a finding on a path outside the index: " + path))
                .text();
    }
}
