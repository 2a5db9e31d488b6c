package dev.handoffls.rules.refs;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.index.ScopeIndex;
import dev.handoffls.model.DocumentKind;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdDefinition;
import dev.handoffls.model.IdReference;
import dev.handoffls.rules.RelatedLocation;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * HL302: a directive or the PT points at an ID an L2 defines but the PT does not hold — the next
 * phase is told to read the PT for something that is not there.
 */
public final class IdNotInPt implements Rule {
    @Override
    public Code code() {
        return Code.HL302;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.SCOPE_IDS, Fact.SCOPE_DOCUMENTS);
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        ScopeIndex scope = ctx.scope();
        if ((doc.kind() != DocumentKind.DIRECTIVE && !doc.isPt()) || scope.pt().isEmpty()) {
            return;
        }
        HandoffDocument pt = scope.pt().get();
        Set<String> inPt = pt.definitions().stream().map(IdDefinition::id).collect(Collectors.toSet());
        for (IdReference r : doc.references()) {
            List<String> missing = r.ids().stream()
                    .filter(id -> !inPt.contains(id)
                            && scope.definitions(id).stream()
                                    .anyMatch(s -> s.document().isL2()))
                    .toList();
            if (missing.isEmpty()) {
                continue;
            }
            var origin = scope.origin(missing.get(0)).get();
            ctx.report(
                    r.range(),
                    (missing.size() == 1 ? missing.get(0) + " is" : String.join(", ", missing) + " are")
                            + " defined in " + origin.path() + " but missing from the PERMANENT Task " + pt.path()
                            + ": run Sync to PT on that L2",
                    new RelatedLocation(origin.path(), origin.definition().range(), "origin of " + missing.get(0)));
        }
    }
}
