package dev.handoffls.features;

import dev.handoffls.index.DefinitionSite;
import dev.handoffls.index.ScopeIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;
import java.util.Optional;

/** Whether the scope's PT holds an ID with its origin's statement (spec §7), for hover and lenses. */
enum PtState {
    SYNCED("✅", "✅ synced"),
    PARAPHRASED("⚠️ paraphrased", "⚠️ paraphrased: the PT's statement differs from the origin's"),
    MISSING("❌", "❌ missing from the PT"),
    NO_PT("", "no PT in this pipeline"),
    SEVERAL_PTS("", "several PTs in this pipeline, so none is the PT");

    /** The short form of a code lens ({@code PT ✅}); empty when there is no single PT. */
    final String lens;
    /** The sentence of a hover. */
    final String hover;

    PtState(String lens, String hover) {
        this.lens = lens;
        this.hover = hover;
    }

    static PtState of(ScopeIndex scope, String id) {
        if (scope.pts().size() > 1) {
            return SEVERAL_PTS;
        }
        Optional<HandoffDocument> pt = scope.pt();
        if (pt.isEmpty()) {
            return NO_PT;
        }
        Optional<IdDefinition> inPt =
                pt.get().definitions().stream().filter(d -> d.id().equals(id)).findFirst();
        if (inPt.isEmpty()) {
            return MISSING;
        }
        Optional<DefinitionSite> origin = scope.origin(id);
        boolean same = origin.isEmpty()
                || origin.get()
                        .definition()
                        .normalizedStatement()
                        .equals(inPt.get().normalizedStatement());
        return same ? SYNCED : PARAPHRASED;
    }
}
