package dev.handoffls.rules.pt;

import dev.handoffls.codes.Code;
import dev.handoffls.index.DefinitionSite;
import dev.handoffls.index.Fact;
import dev.handoffls.index.ScopeIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * HL502: the PT states an ID differently from its origin. The PT is meant to hold items verbatim; a
 * paraphrase is where the nuance gets lost. Compared after normalising whitespace and emphasis
 * ({@link dev.handoffls.model.Statements}); silent for IDs the PT itself originates.
 */
public final class ParaphrasedInPt implements Rule {
    @Override
    public Code code() {
        return Code.HL502;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.SCOPE_IDS, Fact.SCOPE_DOCUMENTS);
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        ScopeIndex scope = ctx.scope();
        if (!doc.isPt() || scope.pt().isEmpty() || !scope.pt().get().path().equals(doc.path())) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (IdDefinition d : doc.definitions()) {
            if (!seen.add(d.id())) {
                continue;
            }
            Optional<DefinitionSite> origin = scope.origin(d.id());
            if (origin.isEmpty() || origin.get().path().equals(doc.path())) {
                continue;
            }
            IdDefinition o = origin.get().definition();
            if (o.normalizedStatement().equals(d.normalizedStatement())) {
                continue;
            }
            ctx.report(
                    d.range(),
                    d.id() + " is paraphrased in the PT: the origin "
                            + origin.get().path() + " says "
                            + quote(o.statement()) + " but the PT says " + quote(d.statement())
                            + ": restore the origin's statement verbatim",
                    new RelatedLocation(origin.get().path(), o.range(), "origin of " + d.id()));
        }
    }

    static String quote(String statement) {
        String s = statement.replaceAll("\\s+", " ").trim();
        return "\"" + (s.length() > 160 ? s.substring(0, 157) + "…" : s) + "\"";
    }
}
