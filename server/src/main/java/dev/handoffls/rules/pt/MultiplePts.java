package dev.handoffls.rules.pt;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** HL505: one pipeline, one PERMANENT Task; with two, nobody knows which one the next phase reads. */
public final class MultiplePts implements Rule {
    @Override
    public Code code() {
        return Code.HL505;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.SCOPE_DOCUMENTS);
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        List<HandoffDocument> pts = ctx.scope().pts();
        if (!doc.isPt() || pts.size() < 2 || !pts.contains(doc)) {
            return;
        }
        List<HandoffDocument> others = pts.stream().filter(p -> p != doc).toList();
        String where =
                doc.location().inPipeline() ? "pipeline " + doc.location().pipelineFolder() : "the workspace";
        ctx.report(
                Code.HL505,
                ctx.firstHeadingOrStart(),
                where + " has " + pts.size() + " PERMANENT Tasks ("
                        + String.join(
                                ", ", pts.stream().map(HandoffDocument::path).toList())
                        + "): keep one (or name versions PT-v{N}.md); PT checks are off until then",
                others.stream()
                        .map(o -> new RelatedLocation(
                                o.path(),
                                o.firstHeading().map(h -> h.range()).orElse(dev.handoffls.text.Range.of(0, 0, 0, 0)),
                                "another PT"))
                        .toList());
    }
}
