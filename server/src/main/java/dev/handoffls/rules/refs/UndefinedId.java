package dev.handoffls.rules.refs;

import dev.handoffls.model.HandoffDocument;
import dev.handoffls.model.IdReference;
import dev.handoffls.model.LocalDefinition;
import dev.handoffls.rules.Code;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** HL301: a reference to an ID that nothing in the scope (nor this document, locally) defines. */
public final class UndefinedId implements Rule {
    @Override
    public Code code() {
        return Code.HL301;
    }

    @Override
    public void check(RuleContext ctx) {
        HandoffDocument doc = ctx.document();
        Set<String> local = doc.localDefinitions().stream().map(LocalDefinition::id).collect(Collectors.toSet());
        for (IdReference r : doc.references()) {
            List<String> undefined = r.ids().stream()
                    .filter(id -> !local.contains(id) && !ctx.scope().isDefined(id)).toList();
            if (undefined.isEmpty()) {
                continue;
            }
            String where = doc.location().inPipeline() ? "pipeline " + doc.location().pipelineFolder() : "this workspace";
            ctx.report(r.range(), (undefined.size() == 1 ? undefined.get(0) + " is" : String.join(", ", undefined) + " are")
                    + " defined nowhere in " + where + ": define it in an L2's Downstream Handoff or the PT, "
                    + "or fix the reference");
        }
    }
}
