package dev.handoffls.rules.refs;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.index.PathResolver;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.SourceAnnotation;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * HL311: a PT item's {@code <!-- source: PATH -->} must name a file that defines that ID. Resolved
 * against the pipeline folder (the PT's own folder outside pipelines).
 */
public final class StaleSourceAnnotation implements Rule {
    @Override
    public Code code() {
        return Code.HL311;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.SCOPE_IDS, Fact.SCOPE_DOCUMENTS, Fact.FILES);
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        if (!doc.isPt() || ctx.scope().pt().isEmpty() || ctx.scope().pt().get() != doc) {
            return;
        }
        String base = doc.location().annotationBase();
        for (SourceAnnotation a : doc.sourceAnnotations()) {
            Optional<String> path = PathResolver.normalize(base, a.path());
            Optional<HandoffDocument> source = path.flatMap(p -> ctx.index().document(p));
            var origin = ctx.scope().origin(a.id()).filter(o -> !o.document().isPt());
            List<RelatedLocation> related = origin.map(o ->
                            List.of(new RelatedLocation(o.path(), o.definition().range(), "origin of " + a.id())))
                    .orElse(List.of());
            String fix = origin.map(o -> ": point it at " + PathResolver.relativize(base, o.path()))
                    .orElse(": fix or remove the annotation");
            if (source.isEmpty()) {
                ctx.report(
                        Code.HL311,
                        a.range(),
                        "source '" + a.path() + "' of " + a.id() + " does not exist" + fix,
                        related);
            } else if (source.get().definitions().stream().noneMatch(d -> d.id().equals(a.id()))) {
                ctx.report(
                        Code.HL311, a.range(), "source '" + a.path() + "' no longer defines " + a.id() + fix, related);
            }
        }
    }
}
