package dev.handoffls.rules.refs;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.index.ScopeIndex;
import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdReference;
import dev.handoffls.model.IdToken;
import dev.handoffls.model.TeamDefinition;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * HL301: a reference to an ID that nothing in the scope defines, in any form (handoff, PT or team
 * definition). Only in a scope that has adopted the protocol, and only for the prefixes it uses in
 * bracketed definitions: elsewhere {@code C-3} is as likely the team's own "Challenge 3" (spec §4).
 */
public final class UndefinedId implements Rule {
    @Override
    public Code code() {
        return Code.HL301;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.SCOPE_IDS);
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        ScopeIndex scope = ctx.scope();
        if (scope.adoptedPrefixes().isEmpty()) {
            return;
        }
        Set<String> local =
                doc.teamDefinitions().stream().map(TeamDefinition::id).collect(Collectors.toSet());
        BitSet markerLines = doc.markerLines(); // HL604 speaks for markers
        for (IdReference r : doc.references()) {
            if (markerLines.get(r.range().startLine())) {
                continue;
            }
            List<String> undefined = null; // runs for every reference: nothing allocated for a defined one
            List<String> ids = r.ids();
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                if (scope.adoptedPrefixes().contains(IdToken.prefixOf(id))
                        && !local.contains(id)
                        && !scope.isDefinedAnyForm(id)) {
                    if (undefined == null) {
                        undefined = new ArrayList<>(1);
                    }
                    undefined.add(id);
                }
            }
            if (undefined == null) {
                continue;
            }
            String where = scope.scope().startsWith("feature:")
                    ? "the pipelines of feature '" + scope.scope().substring(8) + "'"
                    : doc.location().inPipeline() ? "pipeline " + doc.location().pipelineFolder() : "this workspace";
            ctx.report(
                    r.range(),
                    (undefined.size() == 1 ? undefined.get(0) + " is" : String.join(", ", undefined) + " are")
                            + " defined nowhere in " + where + ": define it in an L2's Downstream Handoff or the PT, "
                            + "or fix the reference");
        }
    }
}
