package dev.handoffls.rules.trail;

import dev.handoffls.codes.Code;
import dev.handoffls.index.Fact;
import dev.handoffls.index.ScopeIndex;
import dev.handoffls.model.TrailMarker;
import dev.handoffls.rules.Rule;
import dev.handoffls.rules.RuleContext;
import java.util.EnumSet;
import java.util.Set;

/** HL604: a marker closes or forwards an ID that nothing in the scope defines, in any form (a typo). */
public final class UnknownMarkerId implements Rule {
    @Override
    public Code code() {
        return Code.HL604;
    }

    @Override
    public Set<Fact> reads() {
        return EnumSet.of(Fact.SCOPE_IDS);
    }

    @Override
    public void check(RuleContext ctx) {
        ScopeIndex scope = ctx.scope();
        for (TrailMarker m : ctx.document().markers()) {
            for (int i = 0; i < m.idTexts().size(); i++) {
                String id = m.idTexts().get(i);
                if (!scope.isDefinedAnyForm(id) && ctx.trail().item(id).isEmpty()) {
                    ctx.report(
                            m.idRanges().get(i),
                            m.kind().word() + " names " + id + ", which is defined nowhere in this "
                                    + (ctx.document().location().inPipeline() ? "pipeline" : "workspace")
                                    + ": fix the ID, or the marker closes nothing");
                }
            }
        }
    }
}
